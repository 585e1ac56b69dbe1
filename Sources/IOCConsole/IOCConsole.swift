// Module IOCConsole
