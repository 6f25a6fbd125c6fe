"""The start page "Việc cần làm": what is overdue or due soon, across the registers (issue 11)."""
