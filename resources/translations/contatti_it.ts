<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AdminWindow</name>
    <message>
        <source>Administration</source>
        <translation>Amministrazione</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utenti</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>Nuo&amp;vo utente</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nome e &amp;cognome:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>&amp;Active (can sign in)</source>
        <translation>&amp;Attivo (può accedere)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>leave empty to keep the current password</source>
        <translation>lasciare vuoto per mantenere la password attuale</translation>
    </message>
    <message>
        <source>&amp;Save user</source>
        <translation>&amp;Salva utente</translation>
    </message>
    <message>
        <source>&amp;Activity types</source>
        <translation>&amp;Tipi attività</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Delay (days)</source>
        <translation>Giorni alla scadenza</translation>
    </message>
    <message>
        <source>Reminder lead (min)</source>
        <translation>Anticipo promemoria (min)</translation>
    </message>
    <message>
        <source>&amp;New activity type</source>
        <translation>&amp;Nuovo tipo attività</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Tipo attività</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Codice:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>&amp;Active (can be chosen for new activities)</source>
        <translation>&amp;Attivo (selezionabile per nuove attività)</translation>
    </message>
    <message>
        <source>&amp;Order in lists:</source>
        <translation>&amp;Ordine negli elenchi:</translation>
    </message>
    <message>
        <source>Default &amp;delay:</source>
        <translation>&amp;Giorni alla data chiusura:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Days from the activity date to the due date proposed for a pending activity of this type.</source>
        <translation>Giorni tra la data dell&apos;attività e la data chiusura proposta per un&apos;attività in sospeso di questo tipo.</translation>
    </message>
    <message>
        <source>Default &amp;reminder lead:</source>
        <translation>Anticipo &amp;promemoria:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuti</translation>
    </message>
    <message>
        <source>How long before the due date the reminder starts.</source>
        <translation>Quanto prima della data chiusura inizia il promemoria.</translation>
    </message>
    <message>
        <source>&amp;Save activity type</source>
        <translation>&amp;Salva tipo attività</translation>
    </message>
    <message>
        <source>&amp;Workflows</source>
        <translation>&amp;Flussi di lavoro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>&amp;New workflow</source>
        <translation>&amp;Nuovo flusso</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flusso di lavoro</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <source>A&amp;ctive: contacts follow this workflow (only one can be active)</source>
        <translation>&amp;Attivo: i contatti seguono questo flusso (uno solo può essere attivo)</translation>
    </message>
    <message>
        <source>Show the &amp;Log tab on contacts</source>
        <translation>Mostra la scheda &amp;Log nei contatti</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Iniziale</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Add s&amp;tage</source>
        <translation>Agg&amp;iungi fase</translation>
    </message>
    <message>
        <source>Re&amp;move stage</source>
        <translation>&amp;Rimuovi fase</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <source>Allowed transitions (from row to column)</source>
        <translation>Passaggi consentiti (dalla riga alla colonna)</translation>
    </message>
    <message>
        <source>Tick a cell to allow moving a contact from the row&apos;s stage to the column&apos;s stage.</source>
        <translation>Spunta una cella per consentire il passaggio di un contatto dalla fase della riga a quella della colonna.</translation>
    </message>
    <message>
        <source>Activity types allowed in the stage</source>
        <translation>Tipi attività consentiti nella fase</translation>
    </message>
    <message>
        <source>Select a stage above.</source>
        <translation>Seleziona una fase qui sopra.</translation>
    </message>
    <message>
        <source>&amp;Save workflow</source>
        <translation>Sal&amp;va flusso</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Only administrators can change users, activity types and workflows. Ask an administrator if something needs changing.</source>
        <translation>Solo gli amministratori possono modificare utenti, tipi attività e flussi di lavoro. Se serve una modifica, rivolgiti a un amministratore.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>the new user</source>
        <translation>il nuovo utente</translation>
    </message>
    <message>
        <source>User {name}</source>
        <translation>Utente {name}</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuovo utente</translation>
    </message>
    <message>
        <source>needed to sign in to a server database</source>
        <translation>necessaria per accedere a un database su server</translation>
    </message>
    <message>
        <source>the new activity type</source>
        <translation>il nuovo tipo attività</translation>
    </message>
    <message>
        <source>Activity type {code}</source>
        <translation>Tipo attività {code}</translation>
    </message>
    <message>
        <source>New activity type</source>
        <translation>Nuovo tipo attività</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>The changes to {what} are not saved. Discard them?</source>
        <translation>Le modifiche a {what} non sono salvate. Scartarle?</translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>Two people changed the same thing differently while one of them was offline. The record keeps the later change; choose which value to keep.</source>
        <translation>Due persone hanno modificato lo stesso dato in modo diverso mentre una delle due era fuori rete. Il record tiene la modifica più recente; scegli quale valore conservare.</translation>
    </message>
    <message>
        <source>Open conflicts, newest first. Select one, then keep your value or theirs.</source>
        <translation>Conflitti aperti, dai più recenti. Selezionane uno, poi conserva il tuo valore o il loro.</translation>
    </message>
    <message>
        <source>Keep the value in the &quot;Mine&quot; column for the selected conflict.</source>
        <translation>Conserva il valore della colonna &quot;Mio&quot; per il conflitto selezionato.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Tieni il &amp;mio</translation>
    </message>
    <message>
        <source>Keep the value in the &quot;Theirs&quot; column for the selected conflict.</source>
        <translation>Conserva il valore della colonna &quot;Loro&quot; per il conflitto selezionato.</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Tieni il &amp;loro</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>The record holds this value now.</source>
        <translation>Il record contiene ora questo valore.</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Nessun conflitto aperto.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). The value in bold is the one kept now.</source>
        <translation>
            <numerusform>%n conflitto aperto. Il valore in grassetto è quello conservato ora.</numerusform>
            <numerusform>%n conflitti aperti. Il valore in grassetto è quello conservato ora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>Connessione al database</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>In uso ora:</translation>
    </message>
    <message>
        <source>&amp;Local file (this computer only, works offline)</source>
        <translation>File &amp;locale (solo questo computer, funziona anche senza rete)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>contatti.db in your data folder</source>
        <translation>contatti.db nella tua cartella dati</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Sfogl&amp;ia…</translation>
    </message>
    <message>
        <source>&amp;Server (shared with colleagues)</source>
        <translation>&amp;Server (condiviso con i colleghi)</translation>
    </message>
    <message>
        <source>For laptops: work on a copy kept on this computer, also without a network; changes are exchanged with the server whenever it can be reached.</source>
        <translation>Per i portatili: lavora su una copia tenuta su questo computer, anche senza rete; le modifiche vengono scambiate con il server ogni volta che è raggiungibile.</translation>
    </message>
    <message>
        <source>Server with an &amp;offline copy on this computer</source>
        <translation>Server con una copia fuori rete su &amp;questo computer</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>nome o indirizzo del server</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Remember password in this computer&apos;s credential store</source>
        <translation>&amp;Ricorda la password nell&apos;archivio credenziali di questo computer</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;va connessione</translation>
    </message>
    <message>
        <source>A new connection is used from the next time Contatti starts. Data is not copied between databases.</source>
        <translation>La nuova connessione sarà usata al prossimo avvio di Contatti. I dati non vengono copiati da un database all&apos;altro.</translation>
    </message>
    <message>
        <source>This computer has no credential store, so the password cannot be remembered: Contatti asks for it when it starts.</source>
        <translation>Questo computer non ha un archivio credenziali, quindi la password non può essere ricordata: Contatti la chiederà all&apos;avvio.</translation>
    </message>
    <message>
        <source>In use now: {url}</source>
        <translation>In uso ora: {url}</translation>
    </message>
    <message>
        <source>the default local file</source>
        <translation>il file locale predefinito</translation>
    </message>
    <message>
        <source>Contatti database file</source>
        <translation>File database di Contatti</translation>
    </message>
    <message>
        <source>Contatti database (*.db);;All files (*)</source>
        <translation>Database di Contatti (*.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>File is a folder: add a file name.</source>
        <translation>Il file indicato è una cartella: aggiungi il nome di un file.</translation>
    </message>
    <message>
        <source>Host is empty: type the server&apos;s name or address.</source>
        <translation>Host vuoto: scrivi il nome o l&apos;indirizzo del server.</translation>
    </message>
    <message>
        <source>Database is empty: type its name.</source>
        <translation>Database vuoto: scrivi il suo nome.</translation>
    </message>
    <message>
        <source>User name is empty: type your server user.</source>
        <translation>Nome utente vuoto: scrivi il tuo utente del server.</translation>
    </message>
    <message>
        <source>Connecting to {url}…</source>
        <translation>Connessione a {url}…</translation>
    </message>
    <message>
        <source>Cannot connect to {url}: {error}
Check the host, port, database name, user name and password, and that the server is running.</source>
        <translation>Impossibile connettersi a {url}: {error}
Controlla host, porta, nome del database, nome utente e password, e che il server sia in funzione.</translation>
    </message>
    <message>
        <source>Connected to {url} (server {version}). It holds Contatti data.</source>
        <translation>Connesso a {url} (server {version}). Contiene dati di Contatti.</translation>
    </message>
    <message>
        <source>Connected to {url} (server {version}). The database is empty: Contatti sets it up the next time it starts.</source>
        <translation>Connesso a {url} (server {version}). Il database è vuoto: Contatti lo prepara al prossimo avvio.</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Questa colonna non si può ordinare</translation>
    </message>
</context>
<context>
    <name>ContactWindow</name>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Co&amp;dice:</translation>
    </message>
    <message>
        <source>next free code</source>
        <translation>primo codice libero</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Cognome:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Azienda:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@esempio.it</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefono:</translation>
    </message>
    <message>
        <source>Mo&amp;bile:</source>
        <translation>Cell&amp;ulare:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Indi&amp;rizzo:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>C&amp;ittà:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>Na&amp;zione:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Res&amp;ponsabile:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>Move &amp;to stage:</source>
        <translation>Passa alla &amp;fase:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>Attivit&amp;à</translation>
    </message>
    <message>
        <source>New acti&amp;vity</source>
        <translation>Nuova atti&amp;vità</translation>
    </message>
    <message>
        <source>Delete act&amp;ivity</source>
        <translation>Eli&amp;mina attività</translation>
    </message>
    <message>
        <source>Lo&amp;g</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>Activity done</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Tipo attività:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operatore:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descrizione attività:</translation>
    </message>
    <message>
        <source>Pending activity</source>
        <translation>Attività in sospeso</translation>
    </message>
    <message>
        <source>Ty&amp;pe:</source>
        <translation>Tipo attività:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Data attività in attesa:</translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation>Descrizione attività:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Data chiusura:</translation>
    </message>
    <message>
        <source>Opera&amp;tor:</source>
        <translation>Operatore:</translation>
    </message>
    <message>
        <source>Remind &amp;from:</source>
        <translation>Data inizio promemoria:</translation>
    </message>
    <message>
        <source>Remind &amp;until:</source>
        <translation>Data fine promemoria:</translation>
    </message>
    <message>
        <source>Create a tas&amp;k in the operator&apos;s My activities</source>
        <translation>Crea attività nelle Mie attività dell&apos;operatore</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;hiudi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Last saved by {who} on {when}</source>
        <translation>Ultimo salvataggio di {who} il {when}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Non ancora salvato</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuovo contatto</translation>
    </message>
    <message>
        <source>(stay in {stage})</source>
        <translation>(resta in {stage})</translation>
    </message>
    <message>
        <source>no stage</source>
        <translation>nessuna fase</translation>
    </message>
    <message>
        <source>{name} – Contact [*]</source>
        <translation>{name} – Contatto [*]</translation>
    </message>
    <message>
        <source>Restore act&amp;ivity</source>
        <translation>Ri&amp;pristina attività</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need attention, marked in red.</source>
        <translation>
            <numerusform>Non salvato: %n campo da correggere, segnato in rosso.</numerusform>
            <numerusform>Non salvato: %n campi da correggere, segnati in rosso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activities in rows {rows} need attention too.</source>
        <translation>Vanno corrette anche le attività alle righe {rows}.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>{name} has changes that are not saved. Save them?</source>
        <translation>{name} ha modifiche non salvate. Salvarle?</translation>
    </message>
    <message>
        <source>This new contact</source>
        <translation>Questo nuovo contatto</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Activity done</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Pending activity</source>
        <translation>In sospeso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Data chiusura</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Attività creata</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuova</translation>
    </message>
    <message>
        <source>deleted on save</source>
        <translation>eliminata al salvataggio</translation>
    </message>
    <message>
        <source>on save</source>
        <translation>al salvataggio</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Press Delete to empty this date.</source>
        <translation>Premi Canc per svuotare questa data.</translation>
    </message>
    <message>
        <source>{name} (not allowed in this stage)</source>
        <translation>{name} (non consentito in questa fase)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contatti</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <source>Name, company, e-mail or phone</source>
        <translation>Nome, azienda, e-mail o telefono</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Responsabile:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Attività</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Strumenti</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra principale</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;Nuovo contatto</translation>
    </message>
    <message>
        <source>Add a new contact</source>
        <translation>Aggiungi un nuovo contatto</translation>
    </message>
    <message>
        <source>&amp;Save open contacts</source>
        <translation>&amp;Salva i contatti aperti</translation>
    </message>
    <message>
        <source>Save every open contact window that has changes</source>
        <translation>Salva ogni finestra contatto aperta che ha modifiche</translation>
    </message>
    <message>
        <source>&amp;Close contact windows</source>
        <translation>&amp;Chiudi le finestre contatto</translation>
    </message>
    <message>
        <source>Close every open contact window</source>
        <translation>Chiudi tutte le finestre contatto aperte</translation>
    </message>
    <message>
        <source>&amp;Find contact</source>
        <translation>&amp;Trova contatto</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Vai alla casella di ricerca</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Amministrazione…</translation>
    </message>
    <message>
        <source>Users, activity types and workflows</source>
        <translation>Utenti, tipi attività e flussi di lavoro</translation>
    </message>
    <message>
        <source>&amp;Database connection…</source>
        <translation>Connessione al &amp;database…</translation>
    </message>
    <message>
        <source>Choose the database to use</source>
        <translation>Scegli il database da usare</translation>
    </message>
    <message>
        <source>&amp;My activities</source>
        <translation>&amp;Mie attività</translation>
    </message>
    <message>
        <source>Your tasks: overdue, today and upcoming</source>
        <translation>Le tue attività: scadute, di oggi e prossime</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>P&amp;romemoria</translation>
    </message>
    <message>
        <source>Reminders that are due now</source>
        <translation>Promemoria in scadenza ora</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Tutte le fasi</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tutti i responsabili</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Database in uso</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>amministratore</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operatore</translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation>Accesso come {name} ({role})</translation>
    </message>
    <message>
        <source>{count}+ contacts (scroll for more)</source>
        <translation>{count}+ contatti (scorri per vederne altri)</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} contatti</translation>
    </message>
    <message>
        <source>This column cannot be sorted: sort by name, company, e-mail, phone, code or last change.</source>
        <translation>Questa colonna non si può ordinare: ordina per nome, azienda, e-mail, telefono, codice o ultima modifica.</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>Connessione al database</translation>
    </message>
    <message>
        <source>Contatti will use {url} the next time it starts. Close and start it again to switch now.</source>
        <translation>Contatti userà {url} al prossimo avvio. Chiudilo e riavvialo per passare subito.</translation>
    </message>
</context>
<context>
    <name>MyActivities</name>
    <message>
        <source>My activities</source>
        <translation>Mie attività</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Apri contatto</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Segna come &amp;fatta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatte</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullate</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <source>{overdue} overdue, {today} due today, {count} in all</source>
        <translation>scadute: {overdue}, in scadenza oggi: {today}, totale: {count}</translation>
    </message>
    <message>
        <source>Activity done</source>
        <translation>Attività svolta</translation>
    </message>
    <message>
        <source>“{task}” for {contact} is done and recorded on the contact.

Plan the next activity now?</source>
        <translation>«{task}» per {contact} è fatta ed è registrata sul contatto.

Pianificare ora la prossima attività?</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificato da un altro utente</translation>
    </message>
    <message>
        <source>Database not reachable</source>
        <translation>Database non raggiungibile</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non eseguito</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Errore imprevisto</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved: {error}

What you typed is still on screen. The details are in the log file; please send it to your administrator.</source>
        <translation>Qualcosa è andato storto e non è stato salvato nulla: {error}

Quello che hai scritto è ancora sullo schermo. I dettagli sono nel file di log: invialo al tuo amministratore.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>un&apos;ora sconosciuta</translation>
    </message>
    <message>
        <source>Not saved: {what} was changed by {who} at {when} after you opened it.

Your changes are still on screen. Copy what you need, close and reopen the window to see their version, then apply your changes again.</source>
        <translation>Non salvato: {what} è stato modificato da {who} alle {when} dopo che l&apos;avevi aperto.

Le tue modifiche sono ancora sullo schermo. Copia ciò che ti serve, chiudi e riapri la finestra per vedere la loro versione, poi applica di nuovo le tue modifiche.</translation>
    </message>
    <message>
        <source>The database {database} cannot be reached: {error}

Nothing was lost: your changes are still on screen. Check the network or ask your administrator whether the server is running, then save again.</source>
        <translation>Il database {database} non è raggiungibile: {error}

Non si è perso nulla: le tue modifiche sono ancora sullo schermo. Controlla la rete o chiedi all&apos;amministratore se il server è in funzione, poi salva di nuovo.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>A new language is used from the next time Contatti starts.</source>
        <translation>La nuova lingua sarà usata al prossimo avvio di Contatti.</translation>
    </message>
    <message>
        <source>&amp;Check reminders every:</source>
        <translation>&amp;Controlla i promemoria ogni:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> secondi</translation>
    </message>
    <message>
        <source>How often open windows look for reminders that are due (10 seconds to 1 hour).</source>
        <translation>Ogni quanto le finestre aperte cercano promemoria scaduti (da 10 secondi a 1 ora).</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Reminder: {contact}</source>
        <translation>Promemoria: {contact}</translation>
    </message>
    <message>
        <source>{count} reminders due</source>
        <translation>{count} promemoria in scadenza</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>(due {time})</source>
        <translation>(scade alle {time})</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>e altri {count}</translation>
    </message>
    <message>
        <source>Contatti: no reminders due</source>
        <translation>Contatti: nessun promemoria in scadenza</translation>
    </message>
    <message>
        <source>Show &amp;reminders</source>
        <translation>Mostra &amp;promemoria</translation>
    </message>
    <message>
        <source>Contatti: 1 reminder due</source>
        <translation>Contatti: 1 promemoria in scadenza</translation>
    </message>
    <message>
        <source>Contatti: {count} reminders due</source>
        <translation>Contatti: {count} promemoria in scadenza</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Reminders could not be checked because the database did not answer ({detail}). Contatti tries again every {seconds} s; check the network or ask your administrator whether the server is running.</source>
        <translation>Non è stato possibile controllare i promemoria perché il database non ha risposto ({detail}). Contatti riprova ogni {seconds} s; controlla la rete o chiedi all&apos;amministratore se il server è in funzione.</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>No reminders due.</source>
        <translation>Nessun promemoria in scadenza.</translation>
    </message>
    <message>
        <source>Reminders due now. Double-click one to open its contact.</source>
        <translation>Promemoria in scadenza ora. Fai doppio clic su uno per aprirne il contatto.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo attività</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Data chiusura</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Apri contatto</translation>
    </message>
    <message>
        <source>Open the contact of the selected reminder.</source>
        <translation>Apri il contatto del promemoria selezionato.</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Segna come &amp;fatta</translation>
    </message>
    <message>
        <source>Mark the selected tasks done; each is recorded as an activity done on its contact.</source>
        <translation>Segna come fatte le attività selezionate; ognuna viene registrata come attività svolta sul suo contatto.</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Rimanda</translation>
    </message>
    <message>
        <source>Hide the selected reminders for a while; they come back by themselves.</source>
        <translation>Nascondi per un po&apos; i promemoria selezionati; ricompariranno da soli.</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Ignora</translation>
    </message>
    <message>
        <source>Stop reminding; the task stays open in My activities.</source>
        <translation>Smetti di ricordare; l&apos;attività resta aperta in Mie attività.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>For &amp;5 minutes</source>
        <translation>Per &amp;5 minuti</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>Per 1 &amp;ora</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow morning (9:00)</source>
        <translation>Fino a &amp;domani mattina (9:00)</translation>
    </message>
    <message>
        <source>Reminders ({count})</source>
        <translation>Promemoria ({count})</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Più avanti</translation>
    </message>
    <message>
        <source>1 reminder due</source>
        <translation>1 promemoria in scadenza</translation>
    </message>
    <message>
        <source>{count} reminders due</source>
        <translation>{count} promemoria in scadenza</translation>
    </message>
    <message>
        <source>{due}, {overdue} overdue.</source>
        <translation>{due}, scaduti: {overdue}.</translation>
    </message>
    <message>
        <source>{due}.</source>
        <translation>{due}.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Contatti</source>
        <translation>Accesso a Contatti</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Remember password</source>
        <translation>&amp;Ricorda password</translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s credential store, so that Contatti signs in by itself next time.</source>
        <translation>Conserva la password nell&apos;archivio credenziali di questo computer, così la prossima volta Contatti accede da solo.</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>Database: {url}</translation>
    </message>
    <message>
        <source>This computer has no credential store, so the password cannot be remembered: Contatti asks for it at every start.</source>
        <translation>Questo computer non ha un archivio credenziali, quindi la password non può essere ricordata: Contatti la chiederà a ogni avvio.</translation>
    </message>
</context>
<context>
    <name>StageLogModel</name>
    <message>
        <source>From stage</source>
        <translation>Dalla fase</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>Alla fase</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <source>(new contact)</source>
        <translation>(nuovo contatto)</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop the download; it continues where it stopped next time.</source>
        <translation>Interrompi lo scaricamento; la prossima volta riprende da dove si è fermato.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Downloading the server&apos;s data…</source>
        <translation>Scaricamento dei dati dal server…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Non ancora sincronizzato</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>In linea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Fuori linea</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Tutte le modifiche inviate</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n modifica da inviare</numerusform>
            <numerusform>%n modifiche da inviare</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Ultima sincronizzazione: {when}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Mai sincronizzato</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflitto</numerusform>
            <numerusform>%n conflitti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Data chiusura</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tipo attività</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Prossima</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
</context>
<context>
    <name>WorkflowEditor</name>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>the new workflow</source>
        <translation>il nuovo flusso di lavoro</translation>
    </message>
    <message>
        <source>New workflow</source>
        <translation>Nuovo flusso di lavoro</translation>
    </message>
    <message>
        <source>Workflow {name}</source>
        <translation>Flusso di lavoro {name}</translation>
    </message>
    <message>
        <source>Contacts refer to a saved stage by its code, so it cannot change. Change the name instead.</source>
        <translation>I contatti fanno riferimento a una fase salvata tramite il suo codice, che quindi non può cambiare. Cambia invece il nome.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Vinto</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perso</translation>
    </message>
    <message>
        <source>Select a stage above.</source>
        <translation>Seleziona una fase qui sopra.</translation>
    </message>
    <message>
        <source>Allowed in {stage}:</source>
        <translation>Consentiti in {stage}:</translation>
    </message>
    <message>
        <source>the new stage</source>
        <translation>la nuova fase</translation>
    </message>
    <message>
        <source>{type} – inactive</source>
        <translation>{type} – non attivo</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>{server} (offline copy)</source>
        <translation>{server} (copia offline)</translation>
    </message>
    <message>
        <source>Contatti cannot start</source>
        <translation>Contatti non può avviarsi</translation>
    </message>
    <message>
        <source>Contatti could not open the database {url}:

{error}

Choose another database, or quit and try again later.</source>
        <translation>Contatti non è riuscito ad aprire il database {url}:

{error}

Scegli un altro database, oppure esci e riprova più tardi.</translation>
    </message>
    <message>
        <source>Choose database…</source>
        <translation>Scegli database…</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Offline copy</source>
        <translation>Copia per lavoro fuori rete</translation>
    </message>
    <message>
        <source>Downloading the server&apos;s data so that you can work offline…</source>
        <translation>Scaricamento dei dati dal server per poter lavorare fuori rete…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
</TS>
