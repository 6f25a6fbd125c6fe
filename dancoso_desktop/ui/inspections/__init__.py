"""Widgets of the inspection feature (plan, records, checklist templates, follow-up)."""
