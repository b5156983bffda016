print("nnstep")
