// Module TUICurses
