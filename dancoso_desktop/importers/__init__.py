"""Reading plans the office already has (.docx, .pdf, .txt, .md) into plan structures.

Readers turn a file into ``SourceDoc`` (paragraphs with hints, footnotes); the recognisers
(outline, front matter, closing, deadlines) turn that into a ``domain.plan.Plan``. No Qt, no
database: the services decide what is written.
"""
