"""Tables of the inspection feature (filled in by that feature's issue)."""
