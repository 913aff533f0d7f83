"""The ``hoidap`` command, the top floor: the only package that may import every other one (it serves the
API, runs the eval and prints the registry)."""
