"""The reports page: calendar, drafts, issuing, exports (issue 11)."""
