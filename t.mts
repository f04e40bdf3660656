import { toIsoDate, excelSerialToIso, dateCellToIso } from "./src/node/dates";
for (const s of ["15/07/2024 00:00","1/2/2024","2024-05-14T00:00:00","2024-05-14T13:00:00Z","31/02/2024","15/07/24","May 14","2024-05-14 25:00", "29/02/2024"]) console.log(s, toIsoDate(s));
console.log(excelSerialToIso(45488,false), excelSerialToIso(45488.75,false), excelSerialToIso(60,false), excelSerialToIso(61,false), dateCellToIso(new Date(Date.UTC(2024,6,15,23,0))));
