"""Qt front end of Contatti."""
