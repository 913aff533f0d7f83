"""The Gradio chat UI (mounted at /ui). It calls the same ``service.pipeline.Pipeline`` as the API, through
``service.state.Service``; it never imports the API's modules."""
