"""The import preview: the source text beside the proposed plan, editable before anything is written."""
