"""The plan as official documents (PDF, DOCX, XLSX) — built by the official documents issue."""
