"""Read models of the documents: plain data that services build and the writers in ``exports``
turn into files. Below both, so a service never imports a writer.
"""
