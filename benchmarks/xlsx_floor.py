"""The floor of the register export (issue 15 item 4), run as a whole `python` process:
xlsxwriter in constant-memory mode writing N rows of the register's kinds of cells — 13
columns, thin borders, wrapped Times New Roman, dd/mm/yyyy dates, integers, a header row —
with nothing else: no data file to read, no checks, no title block.

    python benchmarks/xlsx_floor.py SAMPLE.json N OUT.xlsx

SAMPLE.json holds real register rows (the values after the STT, dates as ISO text); they are
repeated to N rows, so the strings are those of the export. Prints JSON: rows, rss_mb.
"""

import json
import resource
import sys
from datetime import date

import xlsxwriter


def main() -> None:
    sample_path, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(sample_path, encoding="utf-8") as fh:
        sample = json.load(fh)
    kinds = sample["kinds"]          # per column after the STT: "integer" | "date" | "text"
    rows = [[date.fromisoformat(v) if k == "date" and v and v[:1].isdigit() else v
             for v, k in zip(row, kinds, strict=True)] for row in sample["rows"]]
    wb = xlsxwriter.Workbook(out, {"constant_memory": True})
    sheet = wb.add_worksheet("Cong khai")
    base = {"font_name": "Times New Roman", "font_size": 11, "border": 1, "valign": "top"}
    header = wb.add_format({**base, "bold": True, "text_wrap": True, "bg_color": "#D9D9D9"})
    text = wb.add_format({**base, "text_wrap": True})
    datef = wb.add_format({**base, "num_format": "dd/mm/yyyy"})
    integer = wb.add_format({**base, "num_format": "0"})
    for c in range(len(kinds) + 1):
        sheet.write_string(0, c, f"Cột {c + 1}", header)
    m = len(rows)
    for i in range(1, n + 1):
        row = rows[i % m]
        sheet.write_number(i, 0, i, integer)
        for j, v in enumerate(row, start=1):
            if v is None or v == "":
                sheet.write_blank(i, j, None, text)
            elif isinstance(v, date):
                sheet.write_datetime(i, j, v, datef)
            elif isinstance(v, int):
                sheet.write_number(i, j, v, integer)
            else:
                sheet.write_string(i, j, v, text)
    wb.close()
    print(json.dumps({"rows": n, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


if __name__ == "__main__":
    main()
