"""Tabs of the page "Giám sát, dân chủ nội bộ" (issue 13)."""
