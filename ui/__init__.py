"""The Gradio chat UI (mounted at /ui). It calls the same ``rag.pipeline.Pipeline`` as the API."""
