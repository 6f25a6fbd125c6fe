"""A neutral official-document model (NĐ 30/2020) and its renderers: PDF, DOCX, XLSX. No Qt."""
