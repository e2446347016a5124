import VetCommands

VetDeskCommand.main()
