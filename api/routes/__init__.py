"""The API's routers, one module per job: answers, documents, directives, the OpenAI protocol, system."""
