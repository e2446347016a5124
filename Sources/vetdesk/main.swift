print("vetdesk")
