print("ioc")
