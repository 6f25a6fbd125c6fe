"""Use cases over the stored data. They return domain objects; no Qt, no ORM rows leak out."""
