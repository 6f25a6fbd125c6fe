"""The self-assessment page: the criteria tree with scores, totals and class, evidence, import, export."""
