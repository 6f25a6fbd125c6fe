"""Tables of the disclosure feature (filled in by that feature's issue)."""
