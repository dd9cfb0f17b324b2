print("amhp")
