<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AdminWindow</name>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>Nue&amp;vo usuario</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre &amp;completo:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Active (can sign in)</source>
        <translation>&amp;Activo (puede iniciar sesión)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>leave empty to keep the current password</source>
        <translation>dejar vacío para conservar la contraseña actual</translation>
    </message>
    <message>
        <source>&amp;Save user</source>
        <translation>&amp;Guardar usuario</translation>
    </message>
    <message>
        <source>&amp;Activity types</source>
        <translation>&amp;Tipos de actividad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Delay (days)</source>
        <translation>Plazo (días)</translation>
    </message>
    <message>
        <source>Reminder lead (min)</source>
        <translation>Antelación del aviso (min)</translation>
    </message>
    <message>
        <source>&amp;New activity type</source>
        <translation>&amp;Nuevo tipo de actividad</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Tipo de actividad</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Active (can be chosen for new activities)</source>
        <translation>&amp;Activo (se puede elegir en actividades nuevas)</translation>
    </message>
    <message>
        <source>&amp;Order in lists:</source>
        <translation>&amp;Orden en las listas:</translation>
    </message>
    <message>
        <source>Default &amp;delay:</source>
        <translation>&amp;Plazo predeterminado:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days from the activity date to the due date proposed for a pending activity of this type.</source>
        <translation>Días entre la fecha de la actividad y el vencimiento propuesto para una actividad pendiente de este tipo.</translation>
    </message>
    <message>
        <source>Default &amp;reminder lead:</source>
        <translation>Antelación del a&amp;viso:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>How long before the due date the reminder starts.</source>
        <translation>Cuánto antes del vencimiento empieza el aviso.</translation>
    </message>
    <message>
        <source>&amp;Save activity type</source>
        <translation>&amp;Guardar tipo de actividad</translation>
    </message>
    <message>
        <source>&amp;Workflows</source>
        <translation>&amp;Flujos de trabajo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>&amp;New workflow</source>
        <translation>&amp;Nuevo flujo</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flujo de trabajo</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>A&amp;ctive: contacts follow this workflow (only one can be active)</source>
        <translation>A&amp;ctivo: los contactos siguen este flujo (solo uno puede estar activo)</translation>
    </message>
    <message>
        <source>Show the &amp;Log tab on contacts</source>
        <translation>Mostrar la pestaña &amp;Registro en los contactos</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Inicial</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Add s&amp;tage</source>
        <translation>Añadir &amp;etapa</translation>
    </message>
    <message>
        <source>Re&amp;move stage</source>
        <translation>&amp;Quitar etapa</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Allowed transitions (from row to column)</source>
        <translation>Transiciones permitidas (de la fila a la columna)</translation>
    </message>
    <message>
        <source>Tick a cell to allow moving a contact from the row&apos;s stage to the column&apos;s stage.</source>
        <translation>Marque una celda para permitir pasar un contacto de la etapa de la fila a la de la columna.</translation>
    </message>
    <message>
        <source>Activity types allowed in the stage</source>
        <translation>Tipos de actividad permitidos en la etapa</translation>
    </message>
    <message>
        <source>Select a stage above.</source>
        <translation>Seleccione una etapa arriba.</translation>
    </message>
    <message>
        <source>&amp;Save workflow</source>
        <translation>&amp;Guardar flujo</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Only administrators can change users, activity types and workflows. Ask an administrator if something needs changing.</source>
        <translation>Solo los administradores pueden cambiar usuarios, tipos de actividad y flujos de trabajo. Si hace falta un cambio, pídaselo a un administrador.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>the new user</source>
        <translation>el nuevo usuario</translation>
    </message>
    <message>
        <source>User {name}</source>
        <translation>Usuario {name}</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>needed to sign in to a server database</source>
        <translation>necesaria para entrar en una base de datos de servidor</translation>
    </message>
    <message>
        <source>the new activity type</source>
        <translation>el nuevo tipo de actividad</translation>
    </message>
    <message>
        <source>Activity type {code}</source>
        <translation>Tipo de actividad {code}</translation>
    </message>
    <message>
        <source>New activity type</source>
        <translation>Nuevo tipo de actividad</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The changes to {what} are not saved. Discard them?</source>
        <translation>Los cambios en {what} no están guardados. ¿Descartarlos?</translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Two people changed the same thing differently while one of them was offline. The record keeps the later change; choose which value to keep.</source>
        <translation>Dos personas cambiaron el mismo dato de forma distinta mientras una de ellas estaba sin conexión. El registro conserva el cambio más reciente; elija qué valor mantener.</translation>
    </message>
    <message>
        <source>Open conflicts, newest first. Select one, then keep your value or theirs.</source>
        <translation>Conflictos abiertos, del más reciente al más antiguo. Seleccione uno y mantenga su valor o el de la otra persona.</translation>
    </message>
    <message>
        <source>Keep the value in the &quot;Mine&quot; column for the selected conflict.</source>
        <translation>Mantener el valor de la columna &quot;Mío&quot; en el conflicto seleccionado.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Mantener el &amp;mío</translation>
    </message>
    <message>
        <source>Keep the value in the &quot;Theirs&quot; column for the selected conflict.</source>
        <translation>Mantener el valor de la columna &quot;Suyo&quot; en el conflicto seleccionado.</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Mantener el &amp;suyo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>The record holds this value now.</source>
        <translation>El registro tiene ahora este valor.</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No hay conflictos abiertos.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). The value in bold is the one kept now.</source>
        <translation>
            <numerusform>%n conflicto abierto. El valor en negrita es el que se conserva ahora.</numerusform>
            <numerusform>%n conflictos abiertos. El valor en negrita es el que se conserva ahora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>Conexión a la base de datos</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>En uso ahora:</translation>
    </message>
    <message>
        <source>&amp;Local file (this computer only, works offline)</source>
        <translation>Archivo &amp;local (solo este equipo, funciona sin conexión)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>contatti.db in your data folder</source>
        <translation>contatti.db en su carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Server (shared with colleagues)</source>
        <translation>&amp;Servidor (compartido con los compañeros)</translation>
    </message>
    <message>
        <source>For laptops: work on a copy kept on this computer, also without a network; changes are exchanged with the server whenever it can be reached.</source>
        <translation>Para portátiles: trabaje con una copia guardada en este equipo, también sin red; los cambios se intercambian con el servidor siempre que esté accesible.</translation>
    </message>
    <message>
        <source>Server with an &amp;offline copy on this computer</source>
        <translation>Servidor con una copia sin conexión en &amp;este equipo</translation>
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
        <translation>nombre o dirección del servidor</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>&amp;Remember password in this computer&apos;s credential store</source>
        <translation>&amp;Recordar la contraseña en el almacén de credenciales de este equipo</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>A new connection is used from the next time Contatti starts. Data is not copied between databases.</source>
        <translation>La nueva conexión se usará la próxima vez que se inicie Contatti. Los datos no se copian entre bases de datos.</translation>
    </message>
    <message>
        <source>This computer has no credential store, so the password cannot be remembered: Contatti asks for it when it starts.</source>
        <translation>Este equipo no tiene almacén de credenciales, así que la contraseña no se puede recordar: Contatti la pedirá al iniciarse.</translation>
    </message>
    <message>
        <source>In use now: {url}</source>
        <translation>En uso ahora: {url}</translation>
    </message>
    <message>
        <source>the default local file</source>
        <translation>el archivo local predeterminado</translation>
    </message>
    <message>
        <source>Contatti database file</source>
        <translation>Archivo de base de datos de Contatti</translation>
    </message>
    <message>
        <source>Contatti database (*.db);;All files (*)</source>
        <translation>Base de datos de Contatti (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>File is a folder: add a file name.</source>
        <translation>El archivo indicado es una carpeta: añada un nombre de archivo.</translation>
    </message>
    <message>
        <source>Host is empty: type the server&apos;s name or address.</source>
        <translation>Host vacío: escriba el nombre o la dirección del servidor.</translation>
    </message>
    <message>
        <source>Database is empty: type its name.</source>
        <translation>Base de datos vacía: escriba su nombre.</translation>
    </message>
    <message>
        <source>User name is empty: type your server user.</source>
        <translation>Nombre de usuario vacío: escriba su usuario del servidor.</translation>
    </message>
    <message>
        <source>Connecting to {url}…</source>
        <translation>Conectando con {url}…</translation>
    </message>
    <message>
        <source>Cannot connect to {url}: {error}
Check the host, port, database name, user name and password, and that the server is running.</source>
        <translation>No se puede conectar con {url}: {error}
Compruebe el host, el puerto, el nombre de la base de datos, el usuario y la contraseña, y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>Connected to {url} (server {version}). It holds Contatti data.</source>
        <translation>Conectado con {url} (servidor {version}). Contiene datos de Contatti.</translation>
    </message>
    <message>
        <source>Connected to {url} (server {version}). The database is empty: Contatti sets it up the next time it starts.</source>
        <translation>Conectado con {url} (servidor {version}). La base de datos está vacía: Contatti la preparará la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Esta columna no se puede ordenar</translation>
    </message>
</context>
<context>
    <name>ContactWindow</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Códi&amp;go:</translation>
    </message>
    <message>
        <source>next free code</source>
        <translation>siguiente código libre</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>E&amp;mpresa:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.es</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Mo&amp;bile:</source>
        <translation>Móv&amp;il:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>Ciu&amp;dad:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>R&amp;esponsable:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <source>Move &amp;to stage:</source>
        <translation>Pa&amp;sar a la etapa:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>Acti&amp;vidades</translation>
    </message>
    <message>
        <source>New acti&amp;vity</source>
        <translation>Nue&amp;va actividad</translation>
    </message>
    <message>
        <source>Delete act&amp;ivity</source>
        <translation>E&amp;liminar actividad</translation>
    </message>
    <message>
        <source>Lo&amp;g</source>
        <translation>Re&amp;gistro</translation>
    </message>
    <message>
        <source>Activity done</source>
        <translation>Actividad realizada</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operador:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Pending activity</source>
        <translation>Actividad pendiente</translation>
    </message>
    <message>
        <source>Ty&amp;pe:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Vencimiento:</translation>
    </message>
    <message>
        <source>Opera&amp;tor:</source>
        <translation>Operador:</translation>
    </message>
    <message>
        <source>Remind &amp;from:</source>
        <translation>Avisar desde:</translation>
    </message>
    <message>
        <source>Remind &amp;until:</source>
        <translation>Avisar hasta:</translation>
    </message>
    <message>
        <source>Create a tas&amp;k in the operator&apos;s My activities</source>
        <translation>Crear una &amp;tarea en Mis actividades del operador</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>G&amp;uardar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Last saved by {who} on {when}</source>
        <translation>Guardado por última vez por {who} el {when}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún no guardado</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>(stay in {stage})</source>
        <translation>(seguir en {stage})</translation>
    </message>
    <message>
        <source>no stage</source>
        <translation>sin etapa</translation>
    </message>
    <message>
        <source>{name} – Contact [*]</source>
        <translation>{name} – Contacto [*]</translation>
    </message>
    <message>
        <source>Restore act&amp;ivity</source>
        <translation>Restaurar activida&amp;d</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need attention, marked in red.</source>
        <translation>
            <numerusform>No guardado: hay %n campo por corregir, marcado en rojo.</numerusform>
            <numerusform>No guardado: hay %n campos por corregir, marcados en rojo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activities in rows {rows} need attention too.</source>
        <translation>También hay que corregir las actividades de las filas {rows}.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>{name} has changes that are not saved. Save them?</source>
        <translation>{name} tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>This new contact</source>
        <translation>Este nuevo contacto</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Activity done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Pending activity</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>deleted on save</source>
        <translation>se elimina al guardar</translation>
    </message>
    <message>
        <source>on save</source>
        <translation>al guardar</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Press Delete to empty this date.</source>
        <translation>Pulse Supr para vaciar esta fecha.</translation>
    </message>
    <message>
        <source>{name} (not allowed in this stage)</source>
        <translation>{name} (no permitido en esta etapa)</translation>
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
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Name, company, e-mail or phone</source>
        <translation>Nombre, empresa, correo o teléfono</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>E&amp;tapa:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>Acti&amp;vidades</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;Nuevo contacto</translation>
    </message>
    <message>
        <source>Add a new contact</source>
        <translation>Añadir un contacto nuevo</translation>
    </message>
    <message>
        <source>&amp;Save open contacts</source>
        <translation>&amp;Guardar los contactos abiertos</translation>
    </message>
    <message>
        <source>Save every open contact window that has changes</source>
        <translation>Guardar cada ventana de contacto abierta que tenga cambios</translation>
    </message>
    <message>
        <source>&amp;Close contact windows</source>
        <translation>&amp;Cerrar las ventanas de contacto</translation>
    </message>
    <message>
        <source>Close every open contact window</source>
        <translation>Cerrar todas las ventanas de contacto abiertas</translation>
    </message>
    <message>
        <source>&amp;Find contact</source>
        <translation>Bu&amp;scar contacto</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Ir al cuadro de búsqueda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Administración…</translation>
    </message>
    <message>
        <source>Users, activity types and workflows</source>
        <translation>Usuarios, tipos de actividad y flujos de trabajo</translation>
    </message>
    <message>
        <source>&amp;Database connection…</source>
        <translation>Conexión a la base de &amp;datos…</translation>
    </message>
    <message>
        <source>Choose the database to use</source>
        <translation>Elegir la base de datos que usar</translation>
    </message>
    <message>
        <source>&amp;My activities</source>
        <translation>&amp;Mis actividades</translation>
    </message>
    <message>
        <source>Your tasks: overdue, today and upcoming</source>
        <translation>Sus tareas: vencidas, de hoy y próximas</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>A&amp;visos</translation>
    </message>
    <message>
        <source>Reminders that are due now</source>
        <translation>Avisos que vencen ahora</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Base de datos en uso</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operador</translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation>Sesión de {name} ({role})</translation>
    </message>
    <message>
        <source>{count}+ contacts (scroll for more)</source>
        <translation>{count}+ contactos (desplácese para ver más)</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} contactos</translation>
    </message>
    <message>
        <source>This column cannot be sorted: sort by name, company, e-mail, phone, code or last change.</source>
        <translation>Esta columna no se puede ordenar: ordene por nombre, empresa, correo, teléfono, código o último cambio.</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>Conexión a la base de datos</translation>
    </message>
    <message>
        <source>Contatti will use {url} the next time it starts. Close and start it again to switch now.</source>
        <translation>Contatti usará {url} la próxima vez que se inicie. Ciérrelo y vuelva a iniciarlo para cambiar ya.</translation>
    </message>
</context>
<context>
    <name>MyActivities</name>
    <message>
        <source>My activities</source>
        <translation>Mis actividades</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Abrir contacto</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;hecha</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>{overdue} overdue, {today} due today, {count} in all</source>
        <translation>vencidas: {overdue}, vencen hoy: {today}, total: {count}</translation>
    </message>
    <message>
        <source>Activity done</source>
        <translation>Actividad realizada</translation>
    </message>
    <message>
        <source>“{task}” for {contact} is done and recorded on the contact.

Plan the next activity now?</source>
        <translation>«{task}» para {contact} está hecha y anotada en el contacto.

¿Planificar ahora la próxima actividad?</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Cambiado por otra persona</translation>
    </message>
    <message>
        <source>Database not reachable</source>
        <translation>Base de datos inaccesible</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved: {error}

What you typed is still on screen. The details are in the log file; please send it to your administrator.</source>
        <translation>Algo ha fallado y no se ha guardado nada: {error}

Lo que escribió sigue en pantalla. Los detalles están en el archivo de registro; envíeselo a su administrador.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>una hora desconocida</translation>
    </message>
    <message>
        <source>Not saved: {what} was changed by {who} at {when} after you opened it.

Your changes are still on screen. Copy what you need, close and reopen the window to see their version, then apply your changes again.</source>
        <translation>No guardado: {who} cambió {what} el {when} después de que usted lo abriera.

Sus cambios siguen en pantalla. Copie lo que necesite, cierre y vuelva a abrir la ventana para ver su versión y aplique de nuevo sus cambios.</translation>
    </message>
    <message>
        <source>The database {database} cannot be reached: {error}

Nothing was lost: your changes are still on screen. Check the network or ask your administrator whether the server is running, then save again.</source>
        <translation>No se puede acceder a la base de datos {database}: {error}

No se ha perdido nada: sus cambios siguen en pantalla. Compruebe la red o pregunte a su administrador si el servidor está en marcha y vuelva a guardar.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language is used from the next time Contatti starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie Contatti.</translation>
    </message>
    <message>
        <source>&amp;Check reminders every:</source>
        <translation>&amp;Comprobar avisos cada:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>How often open windows look for reminders that are due (10 seconds to 1 hour).</source>
        <translation>Cada cuánto las ventanas abiertas buscan avisos pendientes (de 10 segundos a 1 hora).</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Reminder: {contact}</source>
        <translation>Aviso: {contact}</translation>
    </message>
    <message>
        <source>{count} reminders due</source>
        <translation>{count} avisos pendientes</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>(due {time})</source>
        <translation>(vence a las {time})</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <source>Contatti: no reminders due</source>
        <translation>Contatti: no hay avisos pendientes</translation>
    </message>
    <message>
        <source>Show &amp;reminders</source>
        <translation>Mostrar &amp;avisos</translation>
    </message>
    <message>
        <source>Contatti: 1 reminder due</source>
        <translation>Contatti: 1 aviso pendiente</translation>
    </message>
    <message>
        <source>Contatti: {count} reminders due</source>
        <translation>Contatti: {count} avisos pendientes</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Reminders could not be checked because the database did not answer ({detail}). Contatti tries again every {seconds} s; check the network or ask your administrator whether the server is running.</source>
        <translation>No se han podido comprobar los avisos porque la base de datos no respondió ({detail}). Contatti lo reintenta cada {seconds} s; compruebe la red o pregunte a su administrador si el servidor está en marcha.</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>No reminders due.</source>
        <translation>No hay avisos pendientes.</translation>
    </message>
    <message>
        <source>Reminders due now. Double-click one to open its contact.</source>
        <translation>Avisos que vencen ahora. Haga doble clic en uno para abrir su contacto.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Abrir contacto</translation>
    </message>
    <message>
        <source>Open the contact of the selected reminder.</source>
        <translation>Abrir el contacto del aviso seleccionado.</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;hecha</translation>
    </message>
    <message>
        <source>Mark the selected tasks done; each is recorded as an activity done on its contact.</source>
        <translation>Marcar como hechas las tareas seleccionadas; cada una se anota como actividad realizada en su contacto.</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Posponer</translation>
    </message>
    <message>
        <source>Hide the selected reminders for a while; they come back by themselves.</source>
        <translation>Ocultar un rato los avisos seleccionados; vuelven solos.</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Stop reminding; the task stays open in My activities.</source>
        <translation>Dejar de avisar; la tarea sigue abierta en Mis actividades.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>For &amp;5 minutes</source>
        <translation>Durante &amp;5 minutos</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>Durante 1 &amp;hora</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow morning (9:00)</source>
        <translation>Hasta &amp;mañana por la mañana (9:00)</translation>
    </message>
    <message>
        <source>Reminders ({count})</source>
        <translation>Avisos ({count})</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <source>1 reminder due</source>
        <translation>1 aviso pendiente</translation>
    </message>
    <message>
        <source>{count} reminders due</source>
        <translation>{count} avisos pendientes</translation>
    </message>
    <message>
        <source>{due}, {overdue} overdue.</source>
        <translation>{due}, vencidos: {overdue}.</translation>
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
        <translation>Iniciar sesión en Contatti</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>&amp;Remember password</source>
        <translation>&amp;Recordar contraseña</translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s credential store, so that Contatti signs in by itself next time.</source>
        <translation>Guarda la contraseña en el almacén de credenciales de este equipo, para que Contatti inicie sesión solo la próxima vez.</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>Base de datos: {url}</translation>
    </message>
    <message>
        <source>This computer has no credential store, so the password cannot be remembered: Contatti asks for it at every start.</source>
        <translation>Este equipo no tiene almacén de credenciales, así que la contraseña no se puede recordar: Contatti la pedirá en cada inicio.</translation>
    </message>
</context>
<context>
    <name>StageLogModel</name>
    <message>
        <source>From stage</source>
        <translation>De la etapa</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>A la etapa</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>(new contact)</source>
        <translation>(nuevo contacto)</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the download; it continues where it stopped next time.</source>
        <translation>Detener la descarga; la próxima vez continúa donde se quedó.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Downloading the server&apos;s data…</source>
        <translation>Descargando los datos del servidor…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Todos los cambios enviados</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n cambio por enviar</numerusform>
            <numerusform>%n cambios por enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Última sincronización: {when}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>WorkflowEditor</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>the new workflow</source>
        <translation>el nuevo flujo de trabajo</translation>
    </message>
    <message>
        <source>New workflow</source>
        <translation>Nuevo flujo de trabajo</translation>
    </message>
    <message>
        <source>Workflow {name}</source>
        <translation>Flujo de trabajo {name}</translation>
    </message>
    <message>
        <source>Contacts refer to a saved stage by its code, so it cannot change. Change the name instead.</source>
        <translation>Los contactos se refieren a una etapa guardada por su código, así que no puede cambiar. Cambie el nombre en su lugar.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Select a stage above.</source>
        <translation>Seleccione una etapa arriba.</translation>
    </message>
    <message>
        <source>Allowed in {stage}:</source>
        <translation>Permitidos en {stage}:</translation>
    </message>
    <message>
        <source>the new stage</source>
        <translation>la nueva etapa</translation>
    </message>
    <message>
        <source>{type} – inactive</source>
        <translation>{type} – inactivo</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>{server} (offline copy)</source>
        <translation>{server} (copia sin conexión)</translation>
    </message>
    <message>
        <source>Contatti cannot start</source>
        <translation>Contatti no puede iniciarse</translation>
    </message>
    <message>
        <source>Contatti could not open the database {url}:

{error}

Choose another database, or quit and try again later.</source>
        <translation>Contatti no ha podido abrir la base de datos {url}:

{error}

Elija otra base de datos, o salga y vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Choose database…</source>
        <translation>Elegir base de datos…</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Offline copy</source>
        <translation>Copia sin conexión</translation>
    </message>
    <message>
        <source>Downloading the server&apos;s data so that you can work offline…</source>
        <translation>Descargando los datos del servidor para poder trabajar sin conexión…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
