<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AlertDesk</name>
    <message>
        <source>cannot read stored events: %1</source>
        <translation>no se pueden leer los eventos guardados: %1</translation>
    </message>
    <message>
        <source>cannot read stored leads: %1</source>
        <translation>no se pueden leer los leads guardados: %1</translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation>no se puede leer el registro de operaciones: %1</translation>
    </message>
    <message>
        <source>could not store the events: %1</source>
        <translation>no se pudieron guardar los eventos: %1</translation>
    </message>
    <message>
        <source>could not store lead changes: %1</source>
        <translation>no se pudieron guardar los cambios del lead: %1</translation>
    </message>
    <message>
        <source>no alert for lead &quot;%1&quot;</source>
        <translation>no hay ninguna alerta para el lead &quot;%1&quot;</translation>
    </message>
    <message>
        <source>lead &quot;%1&quot; is not in your queue</source>
        <translation>el lead &quot;%1&quot; no está en tu cola</translation>
    </message>
    <message>
        <source>this alert has already been worked</source>
        <translation>esta alerta ya se ha gestionado</translation>
    </message>
    <message>
        <source>already claimed by %1</source>
        <translation>ya tomado por %1</translation>
    </message>
    <message>
        <source>only %1 can release this lead</source>
        <translation>solo %1 puede liberar este lead</translation>
    </message>
    <message>
        <source>this lead is not claimed</source>
        <translation>nadie ha tomado este lead</translation>
    </message>
    <message>
        <source>only managers can reassign leads</source>
        <translation>solo los managers pueden reasignar leads</translation>
    </message>
    <message>
        <source>no rep named &quot;%1&quot;</source>
        <translation>no hay ningún miembro del equipo llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;from&quot; and &quot;to&quot; are dates (YYYY-MM-DD) or ISO 8601 date-times, from before to</source>
        <translation>&quot;from&quot; y &quot;to&quot; son fechas (YYYY-MM-DD) o fechas y horas ISO 8601, con &quot;from&quot; anterior a &quot;to&quot;</translation>
    </message>
    <message>
        <source>unexpected request</source>
        <translation>solicitud inesperada</translation>
    </message>
    <message>
        <source>only managers can see the scoring calibration</source>
        <translation>solo los responsables pueden ver la calibración de la puntuación</translation>
    </message>
    <message>
        <source>you hold %1 claimed leads not called yet, the most allowed; call or release one before claiming another</source>
        <translation>tienes %1 leads reclamados sin llamar, el máximo permitido; llama o libera uno antes de reclamar otro</translation>
    </message>
    <message>
        <source>only managers can see the fairness ledger</source>
        <translation>solo los managers pueden ver el registro de equidad</translation>
    </message>
    <message>
        <source>only managers can see a lead&apos;s routing audit</source>
        <translation>solo los managers pueden ver la auditoría de enrutamiento de un lead</translation>
    </message>
    <message>
        <source>the server cannot reach its database; try again shortly</source>
        <translation>el servidor no puede acceder a su base de datos; vuelva a intentarlo en un momento</translation>
    </message>
    <message>
        <source>only %1 or a manager can change this lead&apos;s follow-ups</source>
        <translation>solo %1 o un responsable puede cambiar los seguimientos de este lead</translation>
    </message>
    <message>
        <source>its holder</source>
        <translation>su titular</translation>
    </message>
    <message>
        <source>lead &quot;%1&quot; has no follow-up task %2</source>
        <translation>el lead «%1» no tiene la tarea de seguimiento %2</translation>
    </message>
    <message>
        <source>only managers can see the failed CRM syncs</source>
        <translation>solo los managers pueden ver las sincronizaciones con el CRM fallidas</translation>
    </message>
    <message>
        <source>only managers can retry a failed CRM sync</source>
        <translation>solo los managers pueden reintentar una sincronización con el CRM fallida</translation>
    </message>
    <message>
        <source>no sync &quot;%1&quot; in the outbox</source>
        <translation>no hay ninguna sincronización «%1» en la bandeja de salida</translation>
    </message>
    <message>
        <source>this sync was delivered already</source>
        <translation>esta sincronización ya se entregó</translation>
    </message>
</context>
<context>
    <name>AlertQueueModel</name>
    <message>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 de retraso</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>manager queue</source>
        <translation>cola del manager</translation>
    </message>
    <message>
        <source>unclaimed → %1</source>
        <translation>sin tomar → %1</translation>
    </message>
    <message>
        <source>unclaimed</source>
        <translation>sin tomar</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA incumplido</translation>
    </message>
    <message>
        <source>Time left to claim</source>
        <translation>Tiempo restante para tomarlo</translation>
    </message>
    <message>
        <source>Time left to make the first call</source>
        <translation>Tiempo restante para la primera llamada</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
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
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Señales</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>Account · call %1</source>
        <translation>Cuenta · llamar a %1</translation>
    </message>
    <message>
        <source>%1 acct.</source>
        <translation>%1 cta.</translation>
    </message>
    <message>
        <source>Account score: its contacts&apos; signals and its own, times its multipliers; not capped like a contact&apos;s score</source>
        <translation>Puntuación de la cuenta: las señales de sus contactos y las suyas, por sus multiplicadores; sin el tope de la puntuación de un contacto</translation>
    </message>
    <message>
        <source>Call %1 (%2), the account&apos;s most engaged contact</source>
        <translation>Llamar a %1 (%2), el contacto más activo de la cuenta</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>off hours</source>
        <translation>fuera de horario</translation>
    </message>
    <message>
        <source>at cap</source>
        <translation>en el límite</translation>
    </message>
    <message>
        <source>segment mismatch</source>
        <translation>segmento no coincide</translation>
    </message>
    <message>
        <source>let the last leads run out unclaimed</source>
        <translation>dejó vencer sus últimos leads sin reclamarlos</translation>
    </message>
    <message>
        <source>claim window ran out</source>
        <translation>venció el plazo para reclamar</translation>
    </message>
    <message>
        <source>no rep available</source>
        <translation>ningún comercial disponible</translation>
    </message>
    <message>
        <source>round robin</source>
        <translation>rotación</translation>
    </message>
    <message>
        <source>CRM owner</source>
        <translation>propietario en el CRM</translation>
    </message>
    <message>
        <source>previous owner</source>
        <translation>propietario anterior</translation>
    </message>
    <message>
        <source>; skipped: %1</source>
        <translation>; omitidos: %1</translation>
    </message>
    <message>
        <source>offered to %1</source>
        <translation>ofrecido a %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>offered to %1 (%2)</source>
        <translation>ofrecido a %1 (%2)</translation>
    </message>
    <message>
        <source>claimed by %1 by calling, %2 min after the alert</source>
        <translation>reclamado por %1 al llamar, %2 min después de la alerta</translation>
    </message>
    <message>
        <source>claimed by %1, %2 min after the alert</source>
        <translation>reclamado por %1, %2 min después de la alerta</translation>
    </message>
    <message>
        <source>first call by %1, %2 min after the alert</source>
        <translation>primera llamada de %1, %2 min después de la alerta</translation>
    </message>
    <message>
        <source>released (held by %1)</source>
        <translation>liberado (lo tenía %1)</translation>
    </message>
    <message>
        <source>escalated from %1 to %2 (%3)</source>
        <translation>escalado de %1 a %2 (%3)</translation>
    </message>
    <message>
        <source>escalated to %1 (%2)</source>
        <translation>escalado a %1 (%2)</translation>
    </message>
    <message>
        <source>rerouted from %1 to %2 (%1 %3)</source>
        <translation>redirigido de %1 a %2 (%1 %3)</translation>
    </message>
    <message>
        <source>reassigned by %1 from %2 to %3</source>
        <translation>reasignado por %1 de %2 a %3</translation>
    </message>
    <message>
        <source>a manager</source>
        <translation>un responsable</translation>
    </message>
    <message>
        <source>SLA breach: no call by the deadline</source>
        <translation>incumplimiento del SLA: ninguna llamada antes del plazo</translation>
    </message>
    <message>
        <source>REP</source>
        <translation>COMERCIAL</translation>
    </message>
    <message>
        <source>OFFERED</source>
        <translation>OFRECIDOS</translation>
    </message>
    <message>
        <source>CLAIMED</source>
        <translation>RECLAMADOS</translation>
    </message>
    <message>
        <source>ESCALATED TO</source>
        <translation>ESCALADOS A</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>OMITIDO</translation>
    </message>
    <message>
        <source>CLAIM P50 MIN</source>
        <translation>RECLAMO P50 MIN</translation>
    </message>
    <message>
        <source>FIRST CALL P50 MIN</source>
        <translation>PRIMERA LLAMADA P50 MIN</translation>
    </message>
    <message>
        <source>Prints every routing decision about a lead in order, each with its time (UTC): who it was offered to, who was skipped and why (away, offline, off hours, at cap, segment mismatch), claims, escalations, reroutes and reassignments.</source>
        <translation>Imprime en orden cada decisión de enrutamiento sobre un lead, con su hora (UTC): a quién se ofreció, a quién se omitió y por qué (ausente, desconectado, fuera de horario, en el límite, segmento no coincide), reclamaciones, escalados, redirecciones y reasignaciones.</translation>
    </message>
    <message>
        <source>The feed database: a SQLite file or a PostgreSQL URI (postgresql://[user@][host][:port]/dbname).</source>
        <translation>La base de datos del feed: un archivo SQLite o una URI de PostgreSQL (postgresql://[user@][host][:port]/dbname).</translation>
    </message>
    <message>
        <source>FILE|URI</source>
        <translation>ARCHIVO|URI</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (predeterminado) o json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Instead of one lead: the fairness ledger per rep (offered, claimed, escalated to them, skipped and why, median minutes to claim and to first call).</source>
        <translation>En lugar de un lead: el registro de equidad por comercial (ofrecidos, reclamados, escalados a él, omitido y por qué, mediana de minutos hasta reclamar y hasta la primera llamada).</translation>
    </message>
    <message>
        <source>With --ledger: first day (YYYY-MM-DD, UTC); default: all.</source>
        <translation>Con --ledger: primer día (AAAA-MM-DD, UTC); por defecto: todo.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>With --ledger: last day, included (YYYY-MM-DD, UTC).</source>
        <translation>Con --ledger: último día, incluido (AAAA-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>LEAD_ID</source>
        <translation>ID_LEAD</translation>
    </message>
    <message>
        <source>The lead: contact:USER_ID or account:GROUP_ID.</source>
        <translation>El lead: contact:USER_ID o account:GROUP_ID.</translation>
    </message>
    <message>
        <source>Try firstcall-feed audit --help.</source>
        <translation>Prueba firstcall-feed audit --help.</translation>
    </message>
    <message>
        <source>--db is required: the feed database to read</source>
        <translation>--db es obligatorio: la base de datos del feed que leer</translation>
    </message>
    <message>
        <source>--format: expected text or json, got &quot;%1&quot;</source>
        <translation>--format: se esperaba text o json, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1: expected a date (YYYY-MM-DD), got &quot;%2&quot;</source>
        <translation>--%1: se esperaba una fecha (AAAA-MM-DD), se obtuvo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--ledger takes no LEAD_ID</source>
        <translation>--ledger no admite ID_LEAD</translation>
    </message>
    <message>
        <source>expected one LEAD_ID (contact:USER_ID or account:GROUP_ID); try --help</source>
        <translation>se esperaba un ID_LEAD (contact:USER_ID o account:GROUP_ID); prueba --help</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead id: expected contact:USER_ID or account:GROUP_ID</source>
        <translation>&quot;%1&quot; no es un id de lead: se esperaba contact:USER_ID o account:GROUP_ID</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db: %1</translation>
    </message>
    <message>
        <source>%1: no such database</source>
        <translation>%1: no existe esa base de datos</translation>
    </message>
    <message>
        <source>%1: cannot read the audit: %2</source>
        <translation>%1: no se puede leer la auditoría: %2</translation>
    </message>
    <message>
        <source>No routing decisions recorded for %1.</source>
        <translation>No hay decisiones de enrutamiento registradas para %1.</translation>
    </message>
    <message>
        <source>; no CRM owner: %1</source>
        <translation>; sin propietario en el CRM: %1</translation>
    </message>
</context>
<context>
    <name>CacheUpgradeDialog</name>
    <message>
        <source>Firstcall</source>
        <translation>Firstcall</translation>
    </message>
    <message>
        <source>Updating the local lead cache to this version…
This happens once and takes a few seconds for a large cache.</source>
        <translation>Actualizando la caché local de leads a esta versión…
Ocurre una sola vez y tarda unos segundos con una caché grande.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stopping after the current step…
The cache finishes upgrading the next time Firstcall starts.</source>
        <translation>Deteniendo tras el paso en curso…
La caché terminará de actualizarse la próxima vez que se inicie Firstcall.</translation>
    </message>
    <message>
        <source>The cache upgrade was stopped. Firstcall finishes upgrading the cache the next time it starts; the leads in it are kept.</source>
        <translation>Se detuvo la actualización de la caché. Firstcall terminará de actualizarla la próxima vez que se inicie; los leads que contiene se conservan.</translation>
    </message>
</context>
<context>
    <name>CalibrateCommand</name>
    <message>
        <source>Scoring rules to calibrate: a preset (hot, warm) or a rules JSON file. Default: hot.</source>
        <translation>Reglas de puntuación que calibrar: un preajuste (hot, warm) o un archivo JSON de reglas. Predeterminado: hot.</translation>
    </message>
    <message>
        <source>Scoring rules to replay: a preset (hot, warm) or a rules JSON file; repeat to compare several side by side. Default: hot.</source>
        <translation>Reglas de puntuación que reproducir: un preajuste (hot, warm) o un archivo JSON de reglas; repítelo para comparar varias lado a lado. Predeterminado: hot.</translation>
    </message>
    <message>
        <source>hot|warm|FILE</source>
        <translation>hot|warm|ARCHIVO</translation>
    </message>
    <message>
        <source>Name of the track event that marks a conversion (exact, case-sensitive); repeatable. Default: &quot;%1&quot;.</source>
        <translation>Nombre del evento track que marca una conversión (exacto, distingue mayúsculas y minúsculas); repetible. Predeterminado: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EVENTO</translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation>Formato de salida: table o json.</translation>
    </message>
    <message>
        <source>table|json</source>
        <translation>table|json</translation>
    </message>
    <message>
        <source>Write the rules with every type&apos;s points replaced by the suggested points to this file.</source>
        <translation>Escribe en este archivo las reglas con los puntos de cada tipo sustituidos por los puntos sugeridos.</translation>
    </message>
    <message>
        <source>OUT.json</source>
        <translation>SALIDA.json</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>El comando.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Events as JSON Lines; - reads standard input.</source>
        <translation>Eventos como JSON Lines; - lee la entrada estándar.</translation>
    </message>
    <message>
        <source>FILE|-</source>
        <translation>ARCHIVO|-</translation>
    </message>
    <message>
        <source>--format: expected table or json, got &quot;%1&quot;</source>
        <translation>--format: se esperaba table o json, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected one events file (or - for standard input); try firstcall-score %1 --help</source>
        <translation>se esperaba un archivo de eventos (o - para la entrada estándar); prueba firstcall-score %1 --help</translation>
    </message>
    <message>
        <source>--rules: calibrate takes one rules file, got %1</source>
        <translation>--rules: calibrate admite un archivo de reglas, se obtuvieron %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>Calibration of rules &quot;%1&quot;: %2 contacts, %3 converted (%4); outcome: %5
</source>
        <translation>Calibración de las reglas &quot;%1&quot;: %2 contactos, %3 convertidos (%4); resultado: %5
</translation>
    </message>
    <message>
        <source>Too little data: %1 conversions, at least %2 are needed to suggest points; every type keeps its points.
</source>
        <translation>Muy pocos datos: %1 conversiones, se necesitan al menos %2 para sugerir puntos; cada tipo conserva sus puntos.
</translation>
    </message>
    <message>
        <source>too little data (%1 contacts, at least %2 needed): points kept</source>
        <translation>muy pocos datos (%1 contactos, se necesitan al menos %2): se conservan los puntos</translation>
    </message>
    <message>
        <source>too little data: points kept</source>
        <translation>muy pocos datos: se conservan los puntos</translation>
    </message>
    <message>
        <source>Signals (contacts with the signal before converting)
</source>
        <translation>Señales (contactos con la señal antes de convertir)
</translation>
    </message>
    <message>
        <source>SIGNAL</source>
        <translation>SEÑAL</translation>
    </message>
    <message>
        <source>CONTACTS</source>
        <translation>CONTACTOS</translation>
    </message>
    <message>
        <source>CONVERTED</source>
        <translation>CONVERTIDOS</translation>
    </message>
    <message>
        <source>RATE</source>
        <translation>TASA</translation>
    </message>
    <message>
        <source>LIFT</source>
        <translation>LIFT</translation>
    </message>
    <message>
        <source>POINTS</source>
        <translation>PUNTOS</translation>
    </message>
    <message>
        <source>SUGGESTED</source>
        <translation>SUGERIDOS</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTA</translation>
    </message>
    <message>
        <source>Bands (by the highest score before converting)
</source>
        <translation>Rangos (según la puntuación más alta antes de convertir)
</translation>
    </message>
    <message>
        <source>BAND</source>
        <translation>RANGO</translation>
    </message>
    <message>
        <source>Wrote the suggested points to %1.</source>
        <translation>Se escribieron los puntos sugeridos en %1.</translation>
    </message>
    <message>
        <source>Backtest: %1 contacts, %2 converted; outcome: %3

</source>
        <translation>Backtest: %1 contactos, %2 convertidos; resultado: %3

</translation>
    </message>
    <message>
        <source>alerted contacts</source>
        <translation>contactos alertados</translation>
    </message>
    <message>
        <source>converted after an alert</source>
        <translation>convertidos tras una alerta</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>precisión</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>exhaustividad</translation>
    </message>
    <message>
        <source>median lead time (hours)</source>
        <translation>mediana de anticipación (horas)</translation>
    </message>
    <message>
        <source>RULES</source>
        <translation>REGLAS</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db: %1</translation>
    </message>
    <message>
        <source>%1: no such database</source>
        <translation>%1: no existe esa base de datos</translation>
    </message>
    <message>
        <source>Shows which signals preceded conversions (lift per signal type), how each band converted and what points the history suggests; can write them as a rules file.</source>
        <translation>Muestra qué señales precedieron a las conversiones (lift por tipo de señal), cómo convirtió cada rango y qué puntos sugiere el historial; puede escribirlos como archivo de reglas.</translation>
    </message>
    <message>
        <source>Replays a history and reports, for each rules file, how many contacts its alerts caught before they converted: precision, recall and the median lead time.</source>
        <translation>Reproduce un historial e informa, para cada archivo de reglas, cuántos contactos captaron sus alertas antes de convertir: precisión, exhaustividad y la mediana del tiempo de anticipación.</translation>
    </message>
    <message>
        <source>The history is the feed database&apos;s events. A contact converts at its first call logged as a meeting booked or as a qualified connect, or at its first track call named as an --outcome.
Exit status: 0 done, 2 error.</source>
        <translation>El historial son los eventos de la base de datos del feed. Un contacto convierte en su primera llamada registrada como reunión programada o como contacto cualificado, o en su primera llamada track con el nombre de un --outcome.
Estado de salida: 0 hecho, 2 error.</translation>
    </message>
    <message>
        <source>A contact converts at its first track call named as an --outcome.
Exit status: 0 all lines read, 1 some lines were bad (the rest are still used), 2 error.</source>
        <translation>Un contacto convierte en su primera llamada track con el nombre de un --outcome.
Estado de salida: 0 todas las líneas leídas, 1 algunas líneas eran incorrectas (el resto se usa igualmente), 2 error.</translation>
    </message>
    <message>
        <source>Name of a track event that marks a conversion too (exact, case-sensitive); repeatable.</source>
        <translation>Nombre de un evento track que también marca una conversión (exacto, distingue mayúsculas); repetible.</translation>
    </message>
    <message>
        <source>The feed database: a SQLite file or a PostgreSQL URI (postgresql://...).</source>
        <translation>La base de datos del feed: un archivo SQLite o una URI de PostgreSQL (postgresql://...).</translation>
    </message>
    <message>
        <source>FILE|URI</source>
        <translation>ARCHIVO|URI</translation>
    </message>
    <message>
        <source>Try %1 %2 --help.</source>
        <translation>Prueba %1 %2 --help.</translation>
    </message>
    <message>
        <source>--db is required: the feed database whose history to use</source>
        <translation>--db es obligatorio: la base de datos del feed cuyo historial se usa</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; the history comes from --db</source>
        <translation>argumento inesperado &quot;%1&quot;; el historial viene de --db</translation>
    </message>
</context>
<context>
    <name>CallLogDialog</name>
    <message>
        <source>Call %1</source>
        <translation>Llamar a %1</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;%4</source>
        <translation>&lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Why now: %1</source>
        <translation>Por qué ahora: %1</translation>
    </message>
    <message>
        <source>On the call %1:%2</source>
        <translation>En llamada %1:%2</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>Notas (opcional)</translation>
    </message>
    <message>
        <source>If you connected: qualify</source>
        <translation>Si hablaste con alguien: califica</translation>
    </message>
    <message>
        <source>Has the problem we solve</source>
        <translation>Tiene el problema que resolvemos</translation>
    </message>
    <message>
        <source>Has authority to buy</source>
        <translation>Tiene autoridad para comprar</translation>
    </message>
    <message>
        <source>Has a reason to act now</source>
        <translation>Tiene un motivo para actuar ya</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Log the call as &quot;%1&quot; (key %2)</source>
        <translation>Registrar la llamada como &quot;%1&quot; (tecla %2)</translation>
    </message>
    <message>
        <source>Close without logging</source>
        <translation>Cerrar sin registrar</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Reunión programada</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Sin interés</translation>
    </message>
    <message>
        <source>Not dialled: your softphone did not start. Dial %1 by hand, then log the call.</source>
        <translation>No marcado: tu softphone no se inició. Marca %1 a mano y luego registra la llamada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;If voicemail picks up:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Si salta el buzón de voz:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to your team&apos;s feed</source>
        <translation>Conectar con el feed de tu equipo</translation>
    </message>
    <message>
        <source>Firstcall shows your team&apos;s hot leads from its feed server. Your RevOps team gives you its address and your access token (made with &lt;i&gt;firstcall-feed rep add&lt;/i&gt;).</source>
        <translation>Firstcall muestra los leads calientes de tu equipo desde su servidor de feed. Tu equipo de RevOps te da su dirección y tu token de acceso (creado con &lt;i&gt;firstcall-feed rep add&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Your access token</source>
        <translation>Tu token de acceso</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>T&amp;est the connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Probar la &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>Connected as %1 (%2).</source>
        <translation>Conectado como %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message numerus="yes">
        <source>The feed did not answer within %n second(s).</source>
        <translation>
            <numerusform>El feed no respondió en %n segundo.</numerusform>
            <numerusform>El feed no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a feed address: it looks like ws://HOST:PORT/ or wss://HOST/.</source>
        <translation>«%1» no es una dirección de feed: tiene la forma ws://HOST:PUERTO/ o wss://HOST/.</translation>
    </message>
    <message>
        <source>Enter your access token.</source>
        <translation>Introduce tu token de acceso.</translation>
    </message>
    <message>
        <source>The feed refused the token: %1.</source>
        <translation>El feed rechazó el token: %1.</translation>
    </message>
</context>
<context>
    <name>ConsoleApp</name>
    <message>
        <source>The demo uses its own access token.</source>
        <translation>La demo usa su propio token de acceso.</translation>
    </message>
    <message>
        <source>The demo team has no %1: choose one of %2.</source>
        <translation>El equipo de la demo no tiene ningún miembro llamado %1: elige uno de %2.</translation>
    </message>
    <message>
        <source>Firstcall</source>
        <translation>Firstcall</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Miembro del equipo</translation>
    </message>
    <message>
        <source>The feed could not compute the metrics: %1</source>
        <translation>El feed no pudo calcular las métricas: %1</translation>
    </message>
    <message>
        <source>Press Refresh to load the numbers from the feed.</source>
        <translation>Pulsa &quot;Actualizar&quot; para cargar las cifras del feed.</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Todo el equipo</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Metrics come from the feed: they are shown again when it is back.</source>
        <translation>Las métricas vienen del feed: se volverán a mostrar cuando vuelva.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n hot lead(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n lead caliente&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n leads calientes&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1% of active leads became hot</source>
        <translation> · el %1 % de los leads activos se volvieron calientes</translation>
    </message>
    <message>
        <source> · first attempt P50 &lt;b&gt;%1&lt;/b&gt;, P95 %2</source>
        <translation> · primer intento P50 &lt;b&gt;%1&lt;/b&gt;, P95 %2</translation>
    </message>
    <message>
        <source> · first connect P50 %1, P95 %2</source>
        <translation> · primer contacto P50 %1, P95 %2</translation>
    </message>
    <message>
        <source> · claim to call P50 %1</source>
        <translation> · de tomar a llamar P50 %1</translation>
    </message>
    <message>
        <source>≤ 5 min</source>
        <translation>≤ 5 min</translation>
    </message>
    <message>
        <source>5–30 min</source>
        <translation>5–30 min</translation>
    </message>
    <message>
        <source>&gt; 30 min</source>
        <translation>&gt; 30 min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Response to hot leads</source>
        <translation>Respuesta a leads calientes</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>First attempt, minutes after the alert</source>
        <translation>Primer intento, minutos después de la alerta</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>Connect and conversion by response time</source>
        <translation>Contacto y conversión según el tiempo de respuesta</translation>
    </message>
    <message>
        <source>Connect rate %</source>
        <translation>Tasa de contacto %</translation>
    </message>
    <message>
        <source>Qualified %</source>
        <translation>Calificados %</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>Exportar métricas</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>First attempt
P50</source>
        <translation>Primer intento
P50</translation>
    </message>
    <message>
        <source>First attempt
P95</source>
        <translation>Primer intento
P95</translation>
    </message>
    <message>
        <source>First connect
P50</source>
        <translation>Primer contacto
P50</translation>
    </message>
    <message>
        <source>First connect
P95</source>
        <translation>Primer contacto
P95</translation>
    </message>
    <message>
        <source>First connect counts only the leads that were reached, and those were mostly called quickly: so its P50 can be below the first attempt&apos;s.</source>
        <translation>El primer contacto solo cuenta los leads localizados, y a esos se les llamó casi siempre pronto: por eso su P50 puede ser menor que el del primer intento.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message numerus="yes">
        <source> (%n not called yet but still inside the call SLA: counted apart, not as never)</source>
        <translation>
            <numerusform> (%n aún sin llamar pero todavía dentro del SLA de llamada: contado aparte, no como nunca)</numerusform>
            <numerusform> (%n aún sin llamar pero todavía dentro del SLA de llamada: contados aparte, no como nunca)</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>CSV, one row per figure (*.csv)</source>
        <translation>CSV, una fila por cifra (*.csv)</translation>
    </message>
    <message>
        <source>CSV, one row per rep or day, figures as columns (*.csv)</source>
        <translation>CSV, una fila por miembro del equipo o día, cifras en columnas (*.csv)</translation>
    </message>
    <message>
        <source>The feed&apos;s CSV could not be turned into columns.</source>
        <translation>El CSV del feed no se pudo convertir en columnas.</translation>
    </message>
    <message>
        <source>Metrics exported to %1, one row per rep or day.</source>
        <translation>Métricas exportadas a %1, una fila por miembro del equipo o día.</translation>
    </message>
    <message>
        <source>Metrics exported to %1, one row per figure.</source>
        <translation>Métricas exportadas a %1, una fila por cifra.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: cannot open database: %2</source>
        <translation>%1: no se puede abrir la base de datos: %2</translation>
    </message>
    <message>
        <source>%1: not a usable SQLite database: %2</source>
        <translation>%1: no es una base de datos SQLite utilizable: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the schema table: %2</source>
        <translation>%1: no se puede crear la tabla del esquema: %2</translation>
    </message>
    <message>
        <source>%1: database schema version %2 is newer than this program understands (%3); upgrade Firstcall</source>
        <translation>%1: la versión %2 del esquema de la base de datos es más reciente de lo que este programa admite (%3); actualiza Firstcall</translation>
    </message>
    <message>
        <source>%1: migration to schema version %2 failed: %3</source>
        <translation>%1: falló la migración a la versión %2 del esquema: %3</translation>
    </message>
    <message>
        <source>%1: cannot move checkpoints to a thread: %2</source>
        <translation>%1: no se pueden pasar los checkpoints a un hilo en segundo plano: %2</translation>
    </message>
    <message>
        <source>%1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian: apt install libqt6sql6-psql</source>
        <translation>%1: el controlador de PostgreSQL de Qt (QPSQL) no está instalado; en Debian: apt install libqt6sql6-psql</translation>
    </message>
    <message>
        <source>%1: cannot connect to PostgreSQL: %2</source>
        <translation>%1: no se puede conectar con PostgreSQL: %2</translation>
    </message>
    <message>
        <source>%1: not a usable PostgreSQL database: %2</source>
        <translation>%1: no es una base de datos PostgreSQL utilizable: %2</translation>
    </message>
    <message>
        <source>%1: cannot lock the schema for migration: %2</source>
        <translation>%1: no se puede bloquear el esquema para la migración: %2</translation>
    </message>
    <message>
        <source>%1: the upgrade stopped at schema version %2 of %3; it goes on at the next open</source>
        <translation>%1: la actualización se detuvo en la versión %2 de %3 del esquema; continúa en la próxima apertura</translation>
    </message>
</context>
<context>
    <name>DemoFeed</name>
    <message>
        <source>cannot create a temporary directory for the demo</source>
        <translation>no se puede crear un directorio temporal para la demo</translation>
    </message>
</context>
<context>
    <name>FeedCalibration</name>
    <message>
        <source>cannot read the events: %1</source>
        <translation>no se pueden leer los eventos: %1</translation>
    </message>
</context>
<context>
    <name>FeedClient</name>
    <message>
        <source>&quot;%1&quot; is not a feed URL (ws://HOST:PORT/ or wss://HOST:PORT/)</source>
        <translation>&quot;%1&quot; no es una URL de feed (ws://HOST:PUERTO/ o wss://HOST:PUERTO/)</translation>
    </message>
    <message>
        <source>no feed URL given</source>
        <translation>no se indicó ninguna URL de feed</translation>
    </message>
</context>
<context>
    <name>FeedServer</name>
    <message>
        <source>cannot listen for the feed on %1:%2: %3</source>
        <translation>no se puede escuchar el feed en %1:%2: %3</translation>
    </message>
    <message>
        <source>missing or wrong write key (HTTP Basic auth, write key as user name)</source>
        <translation>write key ausente o incorrecta (autenticación HTTP Basic, con la write key como nombre de usuario)</translation>
    </message>
    <message>
        <source>body is not valid JSON at byte %1: %2</source>
        <translation>el cuerpo no es JSON válido en el byte %1: %2</translation>
    </message>
    <message>
        <source>body must be a JSON object</source>
        <translation>el cuerpo debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>batch[%1]: a call of %2 bytes is over the limit of %3 bytes</source>
        <translation>batch[%1]: una llamada de Segment de %2 bytes supera el límite de %3 bytes</translation>
    </message>
    <message>
        <source>origin not allowed</source>
        <translation>origen no permitido</translation>
    </message>
    <message>
        <source>missing or unknown access token</source>
        <translation>token de acceso ausente o desconocido</translation>
    </message>
    <message>
        <source>binary messages are not supported; send JSON text</source>
        <translation>no se admiten mensajes binarios; envía texto JSON</translation>
    </message>
    <message>
        <source>too many messages</source>
        <translation>demasiados mensajes</translation>
    </message>
    <message>
        <source>more than %1 messages a second; slow down</source>
        <translation>más de %1 mensajes por segundo; reduce el ritmo</translation>
    </message>
    <message>
        <source>Tier 1 hot lead: %1 (%2, %3), score %4. %5</source>
        <translation>Lead caliente de nivel 1: %1 (%2, %3), puntuación %4. %5</translation>
    </message>
    <message>
        <source>no longer on the team</source>
        <translation>ya no forma parte del equipo</translation>
    </message>
    <message>
        <source>the server cannot reach its database; changes wait until it can</source>
        <translation>el servidor no puede acceder a su base de datos; los cambios esperan hasta que pueda</translation>
    </message>
</context>
<context>
    <name>FeedSockets</name>
    <message>
        <source>the feed is a WebSocket: use GET with an upgrade</source>
        <translation>el feed es un WebSocket: use GET con un upgrade</translation>
    </message>
    <message>
        <source>an upgrade request has no body</source>
        <translation>una solicitud de upgrade no lleva cuerpo</translation>
    </message>
    <message>
        <source>the feed is a WebSocket: send Upgrade: websocket and Connection: Upgrade</source>
        <translation>el feed es un WebSocket: envíe Upgrade: websocket y Connection: Upgrade</translation>
    </message>
    <message>
        <source>WebSocket version 13 is required</source>
        <translation>se requiere la versión 13 de WebSocket</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Key is not 16 bytes in base64</source>
        <translation>Sec-WebSocket-Key no son 16 bytes en base64</translation>
    </message>
</context>
<context>
    <name>HttpRequestParser</name>
    <message>
        <source>NUL byte in the request head</source>
        <translation>byte NUL en la cabecera de la solicitud</translation>
    </message>
    <message>
        <source>bare CR (carriage return without line feed) in the request head</source>
        <translation>CR suelto (retorno de carro sin salto de línea) en la cabecera de la solicitud</translation>
    </message>
    <message>
        <source>bare LF (line feed without carriage return) in the request head; lines end with CRLF</source>
        <translation>LF suelto (salto de línea sin retorno de carro) en la cabecera de la solicitud; las líneas terminan en CRLF</translation>
    </message>
    <message>
        <source>request headers larger than %1 bytes</source>
        <translation>cabeceras de la solicitud de más de %1 bytes</translation>
    </message>
    <message>
        <source>header line %1 starts with white space (obs-fold is not accepted)</source>
        <translation>la línea de cabecera %1 empieza con espacio en blanco (no se acepta obs-fold)</translation>
    </message>
    <message>
        <source>header line %1 has no colon: &quot;%2&quot;</source>
        <translation>la línea de cabecera %1 no tiene dos puntos: «%2»</translation>
    </message>
    <message>
        <source>white space before the colon in header line %1 (&quot;%2&quot;)</source>
        <translation>espacio en blanco antes de los dos puntos en la línea de cabecera %1 («%2»)</translation>
    </message>
    <message>
        <source>malformed header field name in line %1: &quot;%2&quot;</source>
        <translation>nombre de campo de cabecera mal formado en la línea %1: «%2»</translation>
    </message>
    <message>
        <source>control character in the value of header %1</source>
        <translation>carácter de control en el valor de la cabecera %1</translation>
    </message>
    <message>
        <source>malformed request line: &quot;%1&quot;</source>
        <translation>línea de solicitud mal formada: «%1»</translation>
    </message>
    <message>
        <source>malformed HTTP version in the request line: &quot;%1&quot;</source>
        <translation>versión HTTP mal formada en la línea de solicitud: «%1»</translation>
    </message>
    <message>
        <source>HTTP version %1 is not supported; use HTTP/1.1</source>
        <translation>la versión HTTP %1 no es compatible; use HTTP/1.1</translation>
    </message>
    <message>
        <source>malformed request target: &quot;%1&quot;</source>
        <translation>destino de solicitud mal formado: «%1»</translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation>más de %1 campos de cabecera</translation>
    </message>
    <message>
        <source>more than one %1 header</source>
        <translation>más de una cabecera %1</translation>
    </message>
    <message>
        <source>Transfer-Encoding in an HTTP/1.0 request</source>
        <translation>Transfer-Encoding en una solicitud HTTP/1.0</translation>
    </message>
    <message>
        <source>both Content-Length and Transfer-Encoding: the body&apos;s end is ambiguous</source>
        <translation>Content-Length y Transfer-Encoding a la vez: el final del cuerpo es ambiguo</translation>
    </message>
    <message>
        <source>Transfer-Encoding &quot;%1&quot; is not supported; only &quot;chunked&quot; alone is</source>
        <translation>Transfer-Encoding «%1» no es compatible; solo «chunked» por sí solo</translation>
    </message>
    <message>
        <source>malformed Content-Length &quot;%1&quot;: digits only</source>
        <translation>Content-Length mal formado «%1»: solo dígitos</translation>
    </message>
    <message>
        <source>no Host header in an HTTP/1.1 request</source>
        <translation>falta la cabecera Host en una solicitud HTTP/1.1</translation>
    </message>
    <message>
        <source>unsupported expectation &quot;%1&quot;</source>
        <translation>expectativa no compatible «%1»</translation>
    </message>
    <message>
        <source>request body of %1 bytes is over the limit of %2 bytes for %3</source>
        <translation>el cuerpo de la solicitud de %1 bytes supera el límite de %2 bytes para %3</translation>
    </message>
    <message>
        <source>bare CR (carriage return without line feed) in the %1</source>
        <translation>CR suelto (retorno de carro sin salto de línea) en: %1</translation>
    </message>
    <message>
        <source>bare LF (line feed without carriage return) in the %1</source>
        <translation>LF suelto (salto de línea sin retorno de carro) en: %1</translation>
    </message>
    <message>
        <source>%1 longer than %2 bytes</source>
        <translation>%1 de más de %2 bytes</translation>
    </message>
    <message>
        <source>chunk size line</source>
        <translation>línea del tamaño del fragmento</translation>
    </message>
    <message>
        <source>request body is over the limit of %1 bytes for %2</source>
        <translation>el cuerpo de la solicitud supera el límite de %1 bytes para %2</translation>
    </message>
    <message>
        <source>malformed chunk size &quot;%1&quot;: hexadecimal digits only</source>
        <translation>tamaño de fragmento mal formado «%1»: solo dígitos hexadecimales</translation>
    </message>
    <message>
        <source>chunk data not followed by CRLF</source>
        <translation>los datos del fragmento no van seguidos de CRLF</translation>
    </message>
    <message>
        <source>trailer section</source>
        <translation>sección de trailers</translation>
    </message>
    <message>
        <source>chunk size lines larger than %1 bytes together</source>
        <translation>líneas de tamaño de fragmento de más de %1 bytes en total</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>no se puede escuchar en %1:%2: %3</translation>
    </message>
    <message>
        <source>no such endpoint: %1 %2</source>
        <translation>no existe el endpoint: %1 %2</translation>
    </message>
    <message>
        <source>request line and headers not complete within %1 seconds</source>
        <translation>línea de solicitud y cabeceras no completas en %1 segundos</translation>
    </message>
    <message>
        <source>request body arriving slower than %1 bytes a second</source>
        <translation>el cuerpo de la solicitud llega a menos de %1 bytes por segundo</translation>
    </message>
    <message>
        <source>use %1 for %2</source>
        <translation>use %1 para %2</translation>
    </message>
</context>
<context>
    <name>Integrations</name>
    <message>
        <source>%1: cannot read the secret: %2</source>
        <translation>%1: no se puede leer el secreto: %2</translation>
    </message>
    <message>
        <source>%1: the secret file is empty</source>
        <translation>%1: el archivo del secreto está vacío</translation>
    </message>
</context>
<context>
    <name>LeadDetailView</name>
    <message>
        <source>Select a lead to see who they are, why they are hot and what they did.</source>
        <translation>Selecciona un lead para ver quién es, por qué está caliente y qué ha hecho.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Dial through your softphone and open the call log (F5). Calling claims the lead.</source>
        <translation>Marca con tu softphone y abre el registro de llamada (F5). Al llamar, tomas el lead.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Tomar</translation>
    </message>
    <message>
        <source>Take this lead (F4)</source>
        <translation>Tomar este lead (F4)</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>Registrar llamada…</translation>
    </message>
    <message>
        <source>Log a call made outside Firstcall (F6)</source>
        <translation>Registrar una llamada hecha fuera de Firstcall (F6)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>Score &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Puntuación &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>claimed by you</source>
        <translation>tomado por ti</translation>
    </message>
    <message>
        <source>claimed by %1</source>
        <translation>tomado por %1</translation>
    </message>
    <message>
        <source>unclaimed, in the manager queue</source>
        <translation>sin tomar, en la cola del manager</translation>
    </message>
    <message>
        <source>unclaimed, escalated to %1</source>
        <translation>sin tomar, escalado a %1</translation>
    </message>
    <message>
        <source>unclaimed</source>
        <translation>sin tomar</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA incumplido</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llamar al %1</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuyo</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Ya tomado</translation>
    </message>
    <message>
        <source>Phone: &lt;a href=&quot;tel:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Teléfono: &lt;a href=&quot;tel:%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Correo: %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <source>Why hot</source>
        <translation>Por qué está caliente</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alerta: %1</translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation>SLA: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Seguimiento: %1</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source> (account)</source>
        <translation> (cuenta)</translation>
    </message>
    <message>
        <source>Score now</source>
        <translation>Puntuación actual</translation>
    </message>
    <message>
        <source>Signal history</source>
        <translation>Historial de señales</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <source>account score %1 (%2)</source>
        <translation>puntuación de la cuenta %1 (%2)</translation>
    </message>
    <message>
        <source>Also engaged:</source>
        <translation>Otros contactos activos:</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>No calls logged yet.</source>
        <translation>Aún no hay llamadas registradas.</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>several contacts engaged</source>
        <translation>varios contactos activos</translation>
    </message>
    <message>
        <source>C-level engaged</source>
        <translation>dirección (C-level) implicada</translation>
    </message>
    <message>
        <source>by the pattern “%1”</source>
        <translation>por el patrón «%1»</translation>
    </message>
    <message>
        <source>by the alert trigger</source>
        <translation>por el disparador de alerta</translation>
    </message>
    <message>
        <source>by score</source>
        <translation>por puntuación</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>claim within %1, call within %2</source>
        <translation>asignarse en %1, llamar en %2</translation>
    </message>
    <message>
        <source>first call within %1</source>
        <translation>primera llamada en %1</translation>
    </message>
    <message>
        <source>claim within %1</source>
        <translation>asignarse en %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tier %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;Nivel %1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The score alone is in the band %1.</source>
        <translation>Solo por la puntuación estaría en la banda %1.</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Enrutamiento</translation>
    </message>
    <message>
        <source>The routing audit could not be read: %1</source>
        <translation>No se pudo leer la auditoría de enrutamiento: %1</translation>
    </message>
    <message>
        <source>No routing decisions recorded yet.</source>
        <translation>Aún no hay decisiones de enrutamiento registradas.</translation>
    </message>
    <message>
        <source>CRM: logged</source>
        <translation>CRM: registrada</translation>
    </message>
    <message>
        <source>CRM: &lt;a href=&quot;%1&quot;&gt;logged&lt;/a&gt;</source>
        <translation>CRM: &lt;a href=&quot;%1&quot;&gt;registrada&lt;/a&gt;</translation>
    </message>
    <message>
        <source>CRM: failed: %1</source>
        <translation>CRM: error: %1</translation>
    </message>
    <message>
        <source>CRM: waiting</source>
        <translation>CRM: pendiente</translation>
    </message>
    <message>
        <source>Open in CRM</source>
        <translation>Abrir en el CRM</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nutrición</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <source>A note on this lead without a call; only you see it (Ctrl+N)</source>
        <translation>Una nota sobre este lead sin llamada; solo usted la ve (Ctrl+N)</translation>
    </message>
    <message>
        <source>Call %1, %2</source>
        <translation>Llamar a %1, %2</translation>
    </message>
    <message>
        <source>Contacts to call</source>
        <translation>Contactos a llamar</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>puntuación %1</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>ICP fit</source>
        <translation>Encaje con el ICP</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>CRM: waiting, the last try failed: %1</source>
        <translation>CRM: en espera, el último intento falló: %1</translation>
    </message>
    <message>
        <source>Score &lt;b&gt;%1&lt;/b&gt; (capped at %2)</source>
        <translation>Puntuación &lt;b&gt;%1&lt;/b&gt; (con tope de %2)</translation>
    </message>
    <message>
        <source>Score now (capped at %1)</source>
        <translation>Puntuación actual (con tope de %1)</translation>
    </message>
    <message>
        <source>The signals add up to %1; a contact&apos;s score is capped at %2.</source>
        <translation>Las señales suman %1; la puntuación de un contacto tiene un tope de %2.</translation>
    </message>
    <message>
        <source>The signals add up to %1; the account&apos;s multipliers make it %2 = %3.</source>
        <translation>Las señales suman %1; con los multiplicadores de la cuenta, %2 = %3.</translation>
    </message>
    <message>
        <source>%1 · not scored</source>
        <translation>%1 · sin puntuar</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Leads the routing offered them</source>
        <translation>Leads que el enrutamiento les ofreció</translation>
    </message>
    <message>
        <source>Leads escalated or rerouted to them from a colleague</source>
        <translation>Leads escalados o redirigidos a ellos desde un compañero</translation>
    </message>
    <message>
        <source>Median minutes from the alert to their claim</source>
        <translation>Mediana de minutos desde la alerta hasta su reclamación</translation>
    </message>
    <message>
        <source>Median minutes from the alert to their first call</source>
        <translation>Mediana de minutos desde la alerta hasta su primera llamada</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofrecidos</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Reclamados</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Times the rotation passed %1 over, by reason: %2</source>
        <translation>Veces que la rotación omitió a %1, por motivo: %2</translation>
    </message>
    <message>
        <source>Times the rotation passed them over, by reason</source>
        <translation>Veces que la rotación lo omitió, por motivo</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalados</translation>
    </message>
    <message>
        <source>Claim, min</source>
        <translation>Asignación, min</translation>
    </message>
    <message>
        <source>Call, min</source>
        <translation>Llamada, min</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Firstcall</source>
        <translation>Firstcall</translation>
    </message>
    <message>
        <source>Firstcall — %1</source>
        <translation>Firstcall — %1</translation>
    </message>
    <message>
        <source>%1 took a lead you could see.</source>
        <translation>%1 tomó un lead que podías ver.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No realizado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to send</source>
        <translation>
            <numerusform>%n acción pendiente de envío</numerusform>
            <numerusform>%n acciones pendientes de envío</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Firstcall</source>
        <translation>&amp;Firstcall</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Tomar</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>Ll&amp;amar</translation>
    </message>
    <message>
        <source>&amp;Log a call…</source>
        <translation>&amp;Registrar una llamada…</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Liberar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Míos</translation>
    </message>
    <message>
        <source>&amp;Unclaimed</source>
        <translation>&amp;Sin tomar</translation>
    </message>
    <message>
        <source>&amp;All I may see</source>
        <translation>&amp;Todos los visibles</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <source>&amp;Mute alert sound</source>
        <translation>Silenciar sonido de &amp;alerta</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Available for new leads</source>
        <translation>&amp;Disponible para leads nuevos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Firstcall</source>
        <translation>&amp;Acerca de Firstcall</translation>
    </message>
    <message>
        <source>About Firstcall</source>
        <translation>Acerca de Firstcall</translation>
    </message>
    <message>
        <source>&lt;b&gt;Firstcall %1&lt;/b&gt;&lt;br&gt;Hot leads in front of the right rep within seconds, and one click to call.</source>
        <translation>&lt;b&gt;Firstcall %1&lt;/b&gt;&lt;br&gt;Leads calientes ante la persona de ventas adecuada en segundos, y un clic para llamar.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Search name or company (Ctrl+F)</source>
        <translation>Buscar nombre o empresa (Ctrl+F)</translation>
    </message>
    <message>
        <source>Lead queue</source>
        <translation>Cola de leads</translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-ups&lt;/b&gt; — double-click to open the lead</source>
        <translation>&lt;b&gt;Seguimientos&lt;/b&gt; — doble clic para abrir el lead</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Tareas de seguimiento</translation>
    </message>
    <message>
        <source>Claimed.</source>
        <translation>Tomado.</translation>
    </message>
    <message>
        <source>No phone number for this lead.</source>
        <translation>Este lead no tiene número de teléfono.</translation>
    </message>
    <message>
        <source>Call logged: %1.</source>
        <translation>Llamada registrada: %1.</translation>
    </message>
    <message>
        <source>Tier %1 lead: %2</source>
        <translation>Lead de nivel %1: %2</translation>
    </message>
    <message>
        <source>Hot lead: %1</source>
        <translation>Lead caliente: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n seguimiento pendiente</numerusform>
            <numerusform>%n seguimientos pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Offline since %1 — connecting…</source>
        <translation>Sin conexión desde %1 — conectando…</translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1 — reconnecting in %n s</source>
        <translation>
            <numerusform>Sin conexión desde %1 — reconectando en %n s</numerusform>
            <numerusform>Sin conexión desde %1 — reconectando en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>%1. Scores keep decaying and SLA clocks keep running; your claims and calls are saved and will be sent when the feed is back.</source>
        <translation>%1. Las puntuaciones siguen decayendo y los relojes de SLA siguen corriendo; los leads que tomes y tus llamadas se guardan y se enviarán cuando vuelva el feed.</translation>
    </message>
    <message>
        <source>&amp;Away (no new leads)</source>
        <translation>&amp;Ausente (sin leads nuevos)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>Released: %1 is back in the queue for the team.</source>
        <translation>Liberado: %1 vuelve a la cola del equipo.</translation>
    </message>
    <message>
        <source>The queue holds still while your pointer or keyboard is in it. Show the new leads now.</source>
        <translation>La cola se queda quieta mientras el puntero o el teclado están en ella. Mostrar ahora los leads nuevos.</translation>
    </message>
    <message numerus="yes">
        <source>%n new — show</source>
        <translation>
            <numerusform>%n nuevo — mostrar</numerusform>
            <numerusform>%n nuevos — mostrar</numerusform>
        </translation>
    </message>
    <message>
        <source>No call logged: the lead is unclaimed again.</source>
        <translation>No se registró ninguna llamada: el lead vuelve a estar libre.</translation>
    </message>
    <message>
        <source>Refused by the feed: %1</source>
        <translation>Rechazado por el feed: %1</translation>
    </message>
    <message>
        <source>The feed refused your access token: &quot;%1&quot;. Enter a new token in Firstcall → Settings (%2); until then you work offline.</source>
        <translation>El feed rechazó tu token de acceso: «%1». Introduce un token nuevo en Firstcall → Ajustes (%2); hasta entonces trabajas sin conexión.</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>&amp;Puntuación</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>Correo &amp;electrónico…</translation>
    </message>
    <message>
        <source>Hi %1,</source>
        <translation>Hola, %1:</translation>
    </message>
    <message>
        <source>Thank you for your interest.</source>
        <translation>Gracias por su interés.</translation>
    </message>
    <message>
        <source>Thank you for your interest (%1).</source>
        <translation>Gracias por su interés (%1).</translation>
    </message>
    <message>
        <source>Would you have 15 minutes this week to talk about what %1 needs?</source>
        <translation>¿Tendría 15 minutos esta semana para hablar de lo que necesita %1?</translation>
    </message>
    <message>
        <source>your team</source>
        <translation>su equipo</translation>
    </message>
    <message>
        <source>Best regards,</source>
        <translation>Saludos cordiales,</translation>
    </message>
    <message>
        <source>Following up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Following up — %1</source>
        <translation>Seguimiento — %1</translation>
    </message>
    <message>
        <source>The feed server reaches its database again.</source>
        <translation>El servidor del feed vuelve a acceder a su base de datos.</translation>
    </message>
    <message>
        <source>The feed server cannot reach its database: new alerts may be late. Your claims and calls are saved and will be sent when it is back.</source>
        <translation>El servidor del feed no puede acceder a su base de datos: las alertas nuevas pueden llegar con retraso. Sus asignaciones y llamadas están guardadas y se enviarán cuando vuelva a acceder.</translation>
    </message>
    <message>
        <source>&amp;Worked</source>
        <translation>&amp;Trabajados</translation>
    </message>
    <message>
        <source>Right-click a follow-up to mark it done, snooze it or reschedule it.</source>
        <translation>Clic derecho en un seguimiento para marcarlo como hecho, posponerlo o reprogramarlo.</translation>
    </message>
    <message>
        <source>Connected — database unreachable</source>
        <translation>Conectado: base de datos inaccesible</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation>Seguimiento hecho.</translation>
    </message>
    <message>
        <source>&amp;Snooze to the next business day</source>
        <translation>&amp;Posponer al siguiente día hábil</translation>
    </message>
    <message>
        <source>Follow-up snoozed to the next business day.</source>
        <translation>Seguimiento pospuesto al siguiente día hábil.</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Reprogramar…</translation>
    </message>
    <message>
        <source>Reschedule the follow-up</source>
        <translation>Reprogramar el seguimiento</translation>
    </message>
    <message>
        <source>Due on (a Saturday or Sunday moves to the Monday):</source>
        <translation>Vence el (un sábado o domingo pasa al lunes):</translation>
    </message>
    <message>
        <source>Follow-up rescheduled.</source>
        <translation>Seguimiento reprogramado.</translation>
    </message>
    <message>
        <source>&amp;Open the lead</source>
        <translation>&amp;Abrir el lead</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Añadir &amp;nota…</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Nota sobre %1</translation>
    </message>
    <message>
        <source>Your note (only you see it, on any machine):</source>
        <translation>Su nota (solo usted la ve, en cualquier equipo):</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <source>Hi %1, it&apos;s %2 one last time. I don&apos;t want to keep chasing you: whenever %3 is ready to talk, just reply to my email and we&apos;ll find a time.</source>
        <translation>Hola %1, soy %2 por última vez. No quiero insistir más: cuando %3 esté listo para hablar, responda a mi correo y buscamos un momento.</translation>
    </message>
    <message>
        <source>Hi %1, %2 again, following up on my message about what %3 is looking at. I&apos;ll send you a short email with two times that could work; pick one or suggest another.</source>
        <translation>Hola %1, soy %2 otra vez, sigo con mi mensaje sobre lo que %3 está evaluando. Le enviaré un correo breve con dos horarios posibles; elija uno o proponga otro.</translation>
    </message>
    <message>
        <source>our product</source>
        <translation>nuestro producto</translation>
    </message>
    <message>
        <source>Hi %1, this is %2. I saw your interest (%3) and would love to hear what %4 wants to solve. I&apos;ll follow up by email; talk soon.</source>
        <translation>Hola %1, soy %2. He visto su interés (%3) y me encantaría saber qué quiere resolver %4. Le escribiré por correo; hablamos pronto.</translation>
    </message>
    <message>
        <source>I have tried to reach you a few times, so this is my last note for now. If %1 wants to look at this later, just reply and I&apos;ll set up a time.</source>
        <translation>He intentado contactarle varias veces, así que esta es mi última nota por ahora. Si %1 quiere verlo más adelante, responda y buscaré un momento.</translation>
    </message>
    <message>
        <source>I called earlier and left you a message. Would 15 minutes this week work to talk about what %1 needs?</source>
        <translation>Le llamé antes y le dejé un mensaje. ¿Tendría 15 minutos esta semana para hablar de lo que necesita %1?</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;↑ ↓&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Move through the queue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Claim the selected lead&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt; or &lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Call the selected lead (opens the call log)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Log a call made elsewhere&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Add a note to the lead without a call&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;In the call log: connected, voicemail, no answer, wrong number, meeting booked, not interested&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1/2/3/4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show mine / unclaimed / all I may see / my worked leads&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search by name or company&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Back to the queue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Toggle available / away&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Mute the alert sound&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;↑ ↓&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Moverse por la cola&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tomar el lead seleccionado&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt; o &lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Llamar al lead seleccionado (abre el registro de llamada)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Registrar una llamada hecha en otro lugar&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Añadir una nota al lead sin llamada&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;En el registro de llamada: contactado, mensaje de voz, sin respuesta, número equivocado, reunión programada, sin interés&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1/2/3/4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Mostrar míos / sin tomar / todos los visibles / mis trabajados&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Buscar por nombre o empresa&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Volver a la cola&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Mayús+A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Alternar entre disponible y ausente&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Silenciar el sonido de alerta&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Salir&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>This note has %L1 characters; a note holds at most %L2. Please shorten it:</source>
        <translation>Esta nota tiene %L1 caracteres; una nota admite como máximo %L2. Acórtela, por favor:</translation>
    </message>
    <message>
        <source>Note not saved: it has %L1 characters; a note holds at most %L2.</source>
        <translation>Nota no guardada: tiene %L1 caracteres; una nota admite como máximo %L2.</translation>
    </message>
    <message>
        <source>lowercase</source>
        <extracomment>Mid-sentence, signal names are lowercased (&quot;lowercase&quot;) or kept as they are (&quot;keep&quot;, for a language that capitalizes nouns). Translate with one of the two words, untranslated.</extracomment>
        <translation>lowercase</translation>
    </message>
</context>
<context>
    <name>ManagerView</name>
    <message>
        <source>&lt;b&gt;Unclaimed and breached&lt;/b&gt; — oldest first</source>
        <translation>&lt;b&gt;Sin tomar o con SLA incumplido&lt;/b&gt; — los más antiguos primero</translation>
    </message>
    <message>
        <source>Unclaimed and breached alerts</source>
        <translation>Alertas sin tomar o con SLA incumplido</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team&lt;/b&gt;</source>
        <translation>&lt;b&gt;Equipo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Assign the selected lead to:</source>
        <translation>Asignar el lead seleccionado a:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>A&amp;signar</translation>
    </message>
    <message>
        <source>Give the lead to this rep now; the feed records who reassigned it and when.</source>
        <translation>Dar el lead ahora a este miembro del equipo; el feed registra quién lo reasignó y cuándo.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Assigned %1 to %2.</source>
        <translation>%1 asignado a %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fairness&lt;/b&gt; — last 30 days</source>
        <translation>&lt;b&gt;Equidad&lt;/b&gt; — últimos 30 días</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the fairness ledger from the feed again</source>
        <translation>Volver a leer el registro de equidad del feed</translation>
    </message>
    <message>
        <source>Fairness ledger</source>
        <translation>Registro de equidad</translation>
    </message>
    <message>
        <source>Could not read the ledger: %1</source>
        <translation>No se pudo leer el registro: %1</translation>
    </message>
    <message>
        <source>No routing decisions in the period.</source>
        <translation>No hay decisiones de enrutamiento en el periodo.</translation>
    </message>
    <message>
        <source>Offline: the ledger needs the feed.</source>
        <translation>Sin conexión: el registro necesita el feed.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>Equidad</translation>
    </message>
    <message>
        <source>&lt;b&gt;CRM syncs and webhooks&lt;/b&gt; that failed or are being retried</source>
        <translation>&lt;b&gt;Sincronizaciones con el CRM y webhooks&lt;/b&gt; que fallaron o se están reintentando</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Rein&amp;tentar</translation>
    </message>
    <message>
        <source>Queue the selected item again: the feed sends it now, up to three more tries</source>
        <translation>Volver a poner en cola el elemento seleccionado: el feed lo envía ahora, con hasta tres intentos más</translation>
    </message>
    <message>
        <source>Read the failed syncs from the feed again</source>
        <translation>Volver a leer del feed las sincronizaciones fallidas</translation>
    </message>
    <message>
        <source>Failed CRM syncs</source>
        <translation>Sincronizaciones con el CRM fallidas</translation>
    </message>
    <message>
        <source>Failed syncs</source>
        <translation>Sincronizaciones fallidas</translation>
    </message>
    <message>
        <source>Could not read the failed syncs: %1</source>
        <translation>No se pudieron leer las sincronizaciones fallidas: %1</translation>
    </message>
    <message>
        <source>Every sync went through.</source>
        <translation>Todas las sincronizaciones se completaron.</translation>
    </message>
    <message>
        <source>Could not queue it again: %1</source>
        <translation>No se pudo volver a poner en cola: %1</translation>
    </message>
    <message>
        <source>Queued again: the feed sends it now.</source>
        <translation>De nuevo en cola: el feed lo envía ahora.</translation>
    </message>
    <message>
        <source>Offline: the failed syncs need the feed.</source>
        <translation>Sin conexión: las sincronizaciones fallidas necesitan el feed.</translation>
    </message>
    <message>
        <source>Offline: a retry needs the feed.</source>
        <translation>Sin conexión: un reintento necesita el feed.</translation>
    </message>
    <message>
        <source>Queuing it again…</source>
        <translation>Volviendo a poner en cola…</translation>
    </message>
    <message>
        <source>Failed syncs (%1)</source>
        <translation>Sincronizaciones fallidas (%1)</translation>
    </message>
</context>
<context>
    <name>MetricsStore</name>
    <message>
        <source>cannot read alerts: %1</source>
        <translation>no se pueden leer las alertas: %1</translation>
    </message>
    <message>
        <source>cannot read calls: %1</source>
        <translation>no se pueden leer las llamadas: %1</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <source>a snapshot without &quot;seq&quot;</source>
        <translation>una instantánea sin &quot;seq&quot;</translation>
    </message>
    <message>
        <source>a lead message without &quot;seq&quot; or a lead id</source>
        <translation>un mensaje de lead sin &quot;seq&quot; o sin id de lead</translation>
    </message>
    <message>
        <source>a resumed message without &quot;seq&quot;</source>
        <translation>un mensaje resumed sin &quot;seq&quot;</translation>
    </message>
    <message>
        <source>unknown message type &quot;%1&quot;</source>
        <translation>tipo de mensaje desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>every request needs an &quot;id&quot;: a client-generated string of at most 200 characters</source>
        <translation>cada solicitud necesita un &quot;id&quot;: una cadena generada por el cliente de 200 caracteres como máximo</translation>
    </message>
    <message>
        <source>&quot;availability&quot; must be &quot;available&quot; or &quot;away&quot;</source>
        <translation>&quot;availability&quot; debe ser &quot;available&quot; o &quot;away&quot;</translation>
    </message>
    <message>
        <source>&quot;disposition&quot; must be one of: %1</source>
        <translation>&quot;disposition&quot; debe ser uno de: %1</translation>
    </message>
    <message>
        <source>&quot;durationSeconds&quot; must be a number of seconds</source>
        <translation>&quot;durationSeconds&quot; debe ser un número de segundos</translation>
    </message>
    <message>
        <source>&quot;startedAt&quot; is not an ISO 8601 date-time</source>
        <translation>&quot;startedAt&quot; no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
    <message>
        <source>a message is a JSON object</source>
        <translation>un mensaje debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>a message needs a &quot;type&quot;</source>
        <translation>un mensaje necesita un &quot;type&quot;</translation>
    </message>
    <message>
        <source>&quot;lead&quot; must be a lead id (contact:USER_ID or account:GROUP_ID)</source>
        <translation>«lead» debe ser un id de lead (contact:USER_ID o account:GROUP_ID)</translation>
    </message>
    <message>
        <source>&quot;task&quot; must be the id of one of the lead&apos;s tasks (a whole number)</source>
        <translation>«task» debe ser el id de una de las tareas del lead (un número entero)</translation>
    </message>
    <message>
        <source>&quot;due&quot; is not an ISO 8601 date-time</source>
        <translation>«due» no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>&quot;text&quot; must be the note&apos;s text</source>
        <translation>«text» debe ser el texto de la nota</translation>
    </message>
    <message>
        <source>&quot;at&quot; is not an ISO 8601 date-time</source>
        <translation>«at» no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>unknown request type &quot;%1&quot; (expected claim, release, call, availability, reassign, metrics, calibration, ledger, audit, complete_task, snooze_task, reschedule_task, syncs, retry_sync or note)</source>
        <translation>tipo de petición desconocido «%1» (se esperaba claim, release, call, availability, reassign, metrics, calibration, ledger, audit, complete_task, snooze_task, reschedule_task, syncs, retry_sync o note)</translation>
    </message>
    <message>
        <source>&quot;item&quot; must be the id of a sync from the syncs list</source>
        <translation>«item» debe ser el id de una sincronización de la lista syncs</translation>
    </message>
    <message>
        <source>&quot;text&quot; is %1 characters long; a note holds at most %2</source>
        <translation>«text» tiene %1 caracteres; una nota admite como máximo %2</translation>
    </message>
</context>
<context>
    <name>QueueFilterModel</name>
    <message>
        <source>No longer in your queue: it goes when you leave the queue.</source>
        <translation>Ya no está en tu cola: desaparece cuando salgas de la cola.</translation>
    </message>
</context>
<context>
    <name>RepCommand</name>
    <message>
        <source>Try firstcall-feed rep --help.</source>
        <translation>Prueba firstcall-feed rep --help.</translation>
    </message>
    <message>
        <source>Try %1 --help.</source>
        <translation>Prueba %1 --help.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>the rep&apos;s NAME is missing; try --help</source>
        <translation>falta el NOMBRE del miembro; prueba --help</translation>
    </message>
    <message>
        <source>expected one NAME, got %1: %2; quote a name that contains spaces</source>
        <translation>se esperaba un NOMBRE, se obtuvieron %1: %2; pon entre comillas los nombres con espacios</translation>
    </message>
    <message>
        <source>the rep&apos;s NAME is empty</source>
        <translation>el NOMBRE del miembro está vacío</translation>
    </message>
    <message>
        <source>%1: no such database; rep add creates one</source>
        <translation>%1: no existe esa base de datos; rep add crea una</translation>
    </message>
    <message>
        <source>Adds a team member and prints their access token, once, as the last line of output. Only a hash of the token is stored.</source>
        <translation>Añade un miembro al equipo e imprime su token de acceso, una sola vez, como última línea de la salida. Solo se guarda un hash del token.</translation>
    </message>
    <message>
        <source>sdr|ae|manager</source>
        <translation>sdr|ae|manager</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>CLAVE=VALOR</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The rep&apos;s name, unique in the team.</source>
        <translation>El nombre del miembro, único en el equipo.</translation>
    </message>
    <message>
        <source>--role is required: sdr, ae or manager</source>
        <translation>--role es obligatorio: sdr, ae o manager</translation>
    </message>
    <message>
        <source>--role: expected sdr, ae or manager, got &quot;%1&quot;</source>
        <translation>--role: se esperaba sdr, ae o manager, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--segment: expected KEY=VALUE with both parts non-empty, got &quot;%1&quot;</source>
        <translation>--segment: se esperaba CLAVE=VALOR con ambas partes no vacías, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--backup: the backup&apos;s name is empty</source>
        <translation>--backup: el nombre del suplente está vacío</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Added %1 (%2). Access token (shown once, store it now):</source>
        <translation>Se añadió a %1 (%2). Token de acceso (se muestra una sola vez; guárdalo ahora):</translation>
    </message>
    <message>
        <source>Lists the team: name, role, segments, backup and availability. Access tokens are never shown.</source>
        <translation>Muestra el equipo: nombre, rol, segmentos, suplente y disponibilidad. Los tokens de acceso nunca se muestran.</translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation>Formato de salida: table o json.</translation>
    </message>
    <message>
        <source>table|json</source>
        <translation>table|json</translation>
    </message>
    <message>
        <source>rep list takes no arguments, got &quot;%1&quot;</source>
        <translation>rep list no admite argumentos, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--format: expected table or json, got &quot;%1&quot;</source>
        <translation>--format: se esperaba table o json, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No one on the team yet; add someone with firstcall-feed rep add.</source>
        <translation>Aún no hay nadie en el equipo; añade a alguien con firstcall-feed rep add.</translation>
    </message>
    <message>
        <source>Removes a team member; their access token stops working. Reps who had them as backup have no backup afterwards.</source>
        <translation>Elimina a un miembro del equipo; su token de acceso deja de funcionar. Quienes lo tenían de suplente se quedan sin suplente.</translation>
    </message>
    <message>
        <source>The rep to remove.</source>
        <translation>El miembro que se eliminará.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se eliminó a %1.</translation>
    </message>
    <message>
        <source>Gives a team member a new access token and prints it, once, as the last line of output. The old token stops working.</source>
        <translation>Da un nuevo token de acceso a un miembro y lo imprime, una sola vez, como última línea de la salida. El token anterior deja de funcionar.</translation>
    </message>
    <message>
        <source>The rep whose token to replace.</source>
        <translation>El miembro cuyo token se reemplazará.</translation>
    </message>
    <message>
        <source>New access token for %1; the old one no longer works (shown once, store it now):</source>
        <translation>Nuevo token de acceso para %1; el anterior ya no funciona (se muestra una sola vez; guárdalo ahora):</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>SEGMENTS</source>
        <translation>SEGMENTOS</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>SUPLENTE</translation>
    </message>
    <message>
        <source>AVAILABILITY</source>
        <translation>DISPONIBILIDAD</translation>
    </message>
    <message>
        <source>The team database: a SQLite file or a PostgreSQL URI (postgresql://[user@][host][:port]/dbname). Required.</source>
        <translation>La base de datos del equipo: un archivo SQLite o una URI de PostgreSQL (postgresql://[usuario@][host][:puerto]/dbname). Obligatorio.</translation>
    </message>
    <message>
        <source>FILE|URI</source>
        <translation>ARCHIVO|URI</translation>
    </message>
    <message>
        <source>--db FILE is required: the team database to use, a SQLite file (rep add creates it if needed) or a postgresql:// URI</source>
        <translation>--db ARCHIVO es obligatorio: la base de datos del equipo que se usará, un archivo SQLite (rep add lo crea si hace falta) o una URI postgresql://</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db: %1</translation>
    </message>
    <message>
        <source>firstcall-feed rep add [options] NAME --role sdr|ae|manager --db FILE|URI</source>
        <translation>firstcall-feed rep add [opciones] NOMBRE --role sdr|ae|manager --db ARCHIVO|URI</translation>
    </message>
    <message>
        <source>firstcall-feed rep list [options] --db FILE|URI</source>
        <translation>firstcall-feed rep list [opciones] --db ARCHIVO|URI</translation>
    </message>
    <message>
        <source>firstcall-feed rep remove [options] NAME --db FILE|URI</source>
        <translation>firstcall-feed rep remove [opciones] NOMBRE --db ARCHIVO|URI</translation>
    </message>
    <message>
        <source>firstcall-feed rep token [options] NAME --db FILE|URI</source>
        <translation>firstcall-feed rep token [opciones] NOMBRE --db ARCHIVO|URI</translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation>PESO</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>HORARIO</translation>
    </message>
    <message>
        <source>TIME ZONE</source>
        <translation>ZONA HORARIA</translation>
    </message>
    <message>
        <source>Usage: firstcall-feed rep COMMAND [options] --db FILE|URI

Manages the sales team known to the feed server.

Commands:
  add NAME --role sdr|ae|manager [--segment KEY=VALUE]... [--backup NAME]...
      [--weight W] [--hours &quot;Mon-Fri 09:00-17:30&quot;] [--timezone Area/City] [--email ADDR]
                Adds a team member and prints their access token once.
  edit NAME [the options of add]
                Changes a team member; a running server applies it at once.
  list [--format table|json]
                Lists the team (never the tokens).
  remove NAME   Removes a team member; reps they backed up have no backup after.
  token NAME    Gives a team member a new access token; the old one stops working.

Run firstcall-feed rep COMMAND --help for a command&apos;s options.
Exit status: 0 done, 2 nothing was done (the reason is on standard error).
</source>
        <translation>Uso: firstcall-feed rep COMANDO [opciones] --db ARCHIVO|URI

Gestiona el equipo de ventas que conoce el servidor de feed.

Comandos:
  add NOMBRE --role sdr|ae|manager [--segment CLAVE=VALOR]... [--backup NOMBRE]...
      [--weight P] [--hours &quot;Mon-Fri 09:00-17:30&quot;] [--timezone Zona/Ciudad] [--email DIRECCIÓN]
                Añade un miembro al equipo e imprime su token de acceso una sola vez.
  edit NOMBRE [las opciones de add]
                Cambia a un miembro; un servidor en marcha lo aplica al momento.
  list [--format table|json]
                Muestra el equipo (nunca los tokens).
  remove NOMBRE Elimina a un miembro; deja de ser suplente de nadie.
  token NOMBRE  Da un nuevo token de acceso a un miembro; el anterior deja de funcionar.

Ejecuta firstcall-feed rep COMANDO --help para ver las opciones de un comando.
Código de salida: 0 hecho, 2 no se hizo nada (el motivo se indica en la salida de error estándar).
</translation>
    </message>
    <message>
        <source>firstcall-feed rep: a command is missing: add, edit, list, remove or token</source>
        <translation>firstcall-feed rep: falta un comando: add, edit, list, remove o token</translation>
    </message>
    <message>
        <source>firstcall-feed rep: unknown command &quot;%1&quot;; expected add, edit, list, remove or token</source>
        <translation>firstcall-feed rep: comando desconocido &quot;%1&quot;; se esperaba add, edit, list, remove o token</translation>
    </message>
    <message>
        <source>The rep&apos;s role (required for add).</source>
        <translation>El rol del comercial (obligatorio en add).</translation>
    </message>
    <message>
        <source>A segment the rep covers, such as region=EMEA or industry=Software. Repeat for several; on edit the given ones replace the old (&quot;&quot; for none).</source>
        <translation>Un segmento que cubre el comercial, como region=EMEA o industry=Software. Repítelo para varios; en edit los indicados sustituyen a los anteriores (&quot;&quot; para ninguno).</translation>
    </message>
    <message>
        <source>A rep who takes this rep&apos;s unclaimed alerts; they must already be on the team. Repeat for several, tried in order; on edit &quot;&quot; for none.</source>
        <translation>Un comercial que recibe las alertas no reclamadas de este; ya debe estar en el equipo. Repítelo para varios, probados en orden; en edit &quot;&quot; para ninguno.</translation>
    </message>
    <message>
        <source>The rep&apos;s share of new leads relative to colleagues&apos; (default 1; 2 gets twice as many).</source>
        <translation>La parte de leads nuevos del comercial respecto a sus compañeros (por defecto 1; 2 recibe el doble).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Working hours in the rep&apos;s time zone, such as &quot;Mon-Fri 09:00-17:30&quot; (several joined by &apos;;&apos;); &quot;always&quot; (the default) for no limit.</source>
        <translation>Horario laboral en la zona horaria del comercial, como &quot;Mon-Fri 09:00-17:30&quot; (varios unidos con &apos;;&apos;); &quot;always&quot; (por defecto) para ningún límite.</translation>
    </message>
    <message>
        <source>The rep&apos;s time zone, an IANA name such as Europe/Berlin (default UTC).</source>
        <translation>La zona horaria del comercial, un nombre IANA como Europe/Madrid (por defecto UTC).</translation>
    </message>
    <message>
        <source>AREA/CITY</source>
        <translation>ZONA/CIUDAD</translation>
    </message>
    <message>
        <source>The rep&apos;s email address (to match CRM owners).</source>
        <translation>La dirección de correo del comercial (para casar propietarios del CRM).</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>--weight: expected a number above 0 and at most %1, got &quot;%2&quot;</source>
        <translation>--weight: se esperaba un número mayor que 0 y como mucho %1, se obtuvo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--hours: %1</source>
        <translation>--hours: %1</translation>
    </message>
    <message>
        <source>--timezone: unknown time zone &quot;%1&quot;; expected an IANA name such as Europe/Berlin</source>
        <translation>--timezone: zona horaria desconocida &quot;%1&quot;; se esperaba un nombre IANA como Europe/Madrid</translation>
    </message>
    <message>
        <source>Changes a team member: only the options given change. A running server applies the change within seconds.</source>
        <translation>Cambia a un miembro del equipo: solo cambian las opciones indicadas. Un servidor en marcha aplica el cambio en segundos.</translation>
    </message>
    <message>
        <source>The rep to change.</source>
        <translation>El comercial que cambiar.</translation>
    </message>
    <message>
        <source>firstcall-feed rep edit [options] NAME --db FILE|URI</source>
        <translation>firstcall-feed rep edit [opciones] NOMBRE --db ARCHIVO|URI</translation>
    </message>
    <message>
        <source>%1: no rep named %2</source>
        <translation>%1: no hay ningún comercial llamado %2</translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation>Se cambió a %1.</translation>
    </message>
    <message>
        <source>No longer a backup for: %1.</source>
        <translation>Ya no es suplente de: %1.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Prints speed-to-lead metrics from a feed database: hot leads per day, response times (P50/P95) per rep and for the team, the distribution within 5 minutes / 5-30 minutes / beyond / never, connect and conversion rates per bucket, opportunities by lead source, unclaimed alerts and breaches per day.</source>
        <translation>Imprime métricas de speed-to-lead de una base de datos del feed: leads calientes por día, tiempos de respuesta (P50/P95) por miembro y para el equipo, la distribución de las respuestas (menos de 5 minutos / 5-30 minutos / más tarde / nunca), tasas de contacto y de conversión por franja, oportunidades por origen del lead, alertas sin tomar e incumplimientos del SLA por día.</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD, UTC); default: 30 days before --to.</source>
        <translation>Primer día (AAAA-MM-DD, UTC); predeterminado: 30 días antes de --to.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Last day, included (YYYY-MM-DD, UTC); default: now.</source>
        <translation>Último día, incluido (AAAA-MM-DD, UTC); predeterminado: ahora.</translation>
    </message>
    <message>
        <source>Only this rep&apos;s alerts.</source>
        <translation>Solo las alertas de este miembro.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (predeterminado) o json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Try firstcall-feed report --help.</source>
        <translation>Prueba firstcall-feed report --help.</translation>
    </message>
    <message>
        <source>--db is required: the feed database to report on</source>
        <translation>--db es obligatorio: la base de datos del feed sobre la que se informa</translation>
    </message>
    <message>
        <source>%1: no such database</source>
        <translation>%1: no existe esa base de datos</translation>
    </message>
    <message>
        <source>--format: expected csv or json, got &quot;%1&quot;</source>
        <translation>--format: se esperaba csv o json, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--from/--to: expected dates as YYYY-MM-DD with --from not after --to</source>
        <translation>--from/--to: se esperaban fechas AAAA-MM-DD, con --from no posterior a --to</translation>
    </message>
    <message>
        <source>The feed database: a SQLite file or a PostgreSQL URI (postgresql://[user@][host][:port]/dbname).</source>
        <translation>La base de datos del feed: un archivo SQLite o una URI de PostgreSQL (postgresql://[usuario@][host][:puerto]/dbname).</translation>
    </message>
    <message>
        <source>FILE|URI</source>
        <translation>ARCHIVO|URI</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db: %1</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1: cannot open rules file: %2</source>
        <translation>%1: no se puede abrir el archivo de reglas: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: JSON no válido en el byte %2: %3</translation>
    </message>
    <message>
        <source>%1: a rules file is a JSON object</source>
        <translation>%1: un archivo de reglas debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>se esperaba un objeto, se obtuvo %1</translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>campo desconocido (se esperaba uno de: %1)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>expected a non-empty string, got %1</source>
        <translation>se esperaba una cadena no vacía, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>se esperaba un número, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be at least %1, got %2</source>
        <translation>debe ser al menos %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>expected a duration such as &quot;30m&quot;, &quot;48h&quot; or &quot;7d&quot;, got %1</source>
        <translation>se esperaba una duración como &quot;30m&quot;, &quot;48h&quot; o &quot;7d&quot;, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>se esperaba un array, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>se esperaba una cadena, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a signal type name, got %1</source>
        <translation>se esperaba un nombre de tipo de señal, se obtuvo %1</translation>
    </message>
    <message>
        <source>unknown signal type &quot;%1&quot;</source>
        <translation>tipo de señal desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an object with at least one signal type</source>
        <translation>se esperaba un objeto con al menos un tipo de señal</translation>
    </message>
    <message>
        <source>a signal type name uses lower case letters, digits and underscores</source>
        <translation>un nombre de tipo de señal solo usa minúsculas, dígitos y guiones bajos</translation>
    </message>
    <message>
        <source>expected &quot;contact&quot; or &quot;account&quot;, got &quot;%1&quot;</source>
        <translation>se esperaba &quot;contact&quot; o &quot;account&quot;, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be below 100</source>
        <translation>debe ser menor que 100</translation>
    </message>
    <message>
        <source>expected &quot;day&quot; or &quot;week&quot;, got &quot;%1&quot;</source>
        <translation>se esperaba &quot;day&quot; o &quot;week&quot;, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &quot;none&quot; or &quot;rate&quot;, got &quot;%1&quot;</source>
        <translation>se esperaba &quot;none&quot; o &quot;rate&quot;, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an object of event name -&gt; signal type</source>
        <translation>se esperaba un objeto de nombre de evento -&gt; tipo de señal</translation>
    </message>
    <message>
        <source>a page path pattern starts with &quot;/&quot;</source>
        <translation>un patrón de ruta de página debe empezar por &quot;/&quot;</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1</source>
        <translation>no es una expresión regular válida: %1</translation>
    </message>
    <message>
        <source>expected &quot;call&quot;, &quot;email&quot; or &quot;nurture&quot;, got &quot;%1&quot;</source>
        <translation>se esperaba &quot;call&quot;, &quot;email&quot; o &quot;nurture&quot;, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>steps must be in time order</source>
        <translation>los pasos deben estar en orden cronológico</translation>
    </message>
    <message>
        <source>at least one band is required</source>
        <translation>se necesita al menos un rango</translation>
    </message>
    <message>
        <source>the claim window cannot be longer than the call SLA</source>
        <translation>el plazo para tomar el lead no puede ser más largo que el SLA de llamada</translation>
    </message>
    <message>
        <source>bands are listed hottest first, each min below the one before</source>
        <translation>los rangos se enumeran del más caliente al más frío, cada uno con un min inferior al del anterior</translation>
    </message>
    <message>
        <source>the last band must start at 0 so that every score has a band</source>
        <translation>el último rango debe empezar en 0 para que toda puntuación tenga un rango</translation>
    </message>
    <message>
        <source>no signal type has category &quot;%1&quot;</source>
        <translation>ningún tipo de señal tiene la categoría &quot;%1&quot;</translation>
    </message>
    <message>
        <source>names no signal: give &quot;signals&quot; or &quot;categories&quot;</source>
        <translation>no nombra ninguna señal: indica &quot;signals&quot; o &quot;categories&quot;</translation>
    </message>
    <message>
        <source>is only allowed in tier patterns</source>
        <translation>solo se permite en patrones de nivel</translation>
    </message>
    <message>
        <source>refers to &quot;%1&quot;, which is not the id of an earlier condition</source>
        <translation>hace referencia a &quot;%1&quot;, que no es el id de una condición anterior</translation>
    </message>
    <message>
        <source>needs &quot;near&quot;</source>
        <translation>necesita &quot;near&quot;</translation>
    </message>
    <message>
        <source>no band has tier %1</source>
        <translation>ningún rango tiene el nivel %1</translation>
    </message>
    <message>
        <source>a pattern needs at least one condition</source>
        <translation>un patrón necesita al menos una condición</translation>
    </message>
    <message>
        <source>expected a whole number up to %1, got %2</source>
        <translation>se esperaba un número entero de hasta %1; se recibió %2</translation>
    </message>
    <message>
        <source>%1: cannot open rules file: no such preset or file; the presets are %2</source>
        <translation>%1: no se puede abrir el archivo de reglas: no existe ese predefinido ni ese archivo; los predefinidos son %2</translation>
    </message>
    <message>
        <source>expected working hours such as &quot;Mon-Fri 09:00-17:30&quot;</source>
        <translation>se esperaba un horario laboral como &quot;Mon-Fri 09:00-17:30&quot;</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; expected an IANA name such as Europe/Berlin</source>
        <translation>zona horaria desconocida &quot;%1&quot;; se esperaba un nombre IANA como Europe/Madrid</translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message>
        <source>Demo request</source>
        <translation>Solicitud de demo</translation>
    </message>
    <message>
        <source>Pricing page visit</source>
        <translation>Visita a la página de precios</translation>
    </message>
    <message>
        <source>Free trial start</source>
        <translation>Inicio de prueba gratuita</translation>
    </message>
    <message>
        <source>Free trial active usage</source>
        <translation>Uso activo de la prueba gratuita</translation>
    </message>
    <message>
        <source>Contact sales</source>
        <translation>Contacto con ventas</translation>
    </message>
    <message>
        <source>Competitor comparison</source>
        <translation>Comparativa con la competencia</translation>
    </message>
    <message>
        <source>ROI calculator</source>
        <translation>Calculadora de ROI</translation>
    </message>
    <message>
        <source>Case study download</source>
        <translation>Descarga de caso de éxito</translation>
    </message>
    <message>
        <source>Technical documentation</source>
        <translation>Documentación técnica</translation>
    </message>
    <message>
        <source>Webinar attendance</source>
        <translation>Asistencia a webinar</translation>
    </message>
    <message>
        <source>Email click</source>
        <translation>Clic en correo</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>Visita recurrente</translation>
    </message>
    <message>
        <source>Blog read</source>
        <translation>Lectura del blog</translation>
    </message>
    <message>
        <source>LinkedIn profile view</source>
        <translation>Visita al perfil de LinkedIn</translation>
    </message>
    <message>
        <source>Funding announced</source>
        <translation>Financiación anunciada</translation>
    </message>
    <message>
        <source>Hiring velocity</source>
        <translation>Ritmo de contratación</translation>
    </message>
    <message>
        <source>Technology change</source>
        <translation>Cambio tecnológico</translation>
    </message>
    <message>
        <source>Tier 1 Hot</source>
        <translation>Tier 1 caliente</translation>
    </message>
    <message>
        <source>Tier 2 Hot</source>
        <translation>Tier 2 caliente</translation>
    </message>
    <message>
        <source>Tier 3 Warm</source>
        <translation>Tier 3 templado</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nutrición</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Caliente</translation>
    </message>
    <message>
        <source>Very Warm</source>
        <translation>Muy templado</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Templado</translation>
    </message>
    <message>
        <source>Lukewarm</source>
        <translation>Tibio</translation>
    </message>
    <message>
        <source>Slightly Warm</source>
        <translation>Algo templado</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Frío</translation>
    </message>
    <message>
        <source>Immediate routing, executive engagement available</source>
        <translation>Asignación inmediata, con participación de la dirección si hace falta</translation>
    </message>
    <message>
        <source>Priority routing, same-day outreach</source>
        <translation>Asignación prioritaria, contacto el mismo día</translation>
    </message>
    <message>
        <source>Standard cadence, personalized messaging</source>
        <translation>Cadencia estándar, mensajes personalizados</translation>
    </message>
    <message>
        <source>Marketing nurture</source>
        <translation>Nutrición de marketing</translation>
    </message>
    <message>
        <source>Immediate AE assignment + Slack alert</source>
        <translation>Asignación inmediata a un AE + alerta en Slack</translation>
    </message>
    <message>
        <source>SDR qualification call</source>
        <translation>Llamada de cualificación de un SDR</translation>
    </message>
    <message>
        <source>Automated personalized email</source>
        <translation>Correo personalizado automático</translation>
    </message>
    <message>
        <source>Targeted nurture sequence</source>
        <translation>Secuencia de nutrición dirigida</translation>
    </message>
    <message>
        <source>General nurture campaign</source>
        <translation>Campaña de nutrición general</translation>
    </message>
    <message>
        <source>Database maintenance</source>
        <translation>Mantenimiento de la base de datos</translation>
    </message>
    <message>
        <source>Claim within 5 minutes, call within 15</source>
        <translation>Tomar en 5 minutos, llamar en 15</translation>
    </message>
    <message>
        <source>First call within 60 minutes</source>
        <translation>Primera llamada en 60 minutos</translation>
    </message>
    <message>
        <source>First call within 24 hours</source>
        <translation>Primera llamada en 24 horas</translation>
    </message>
    <message>
        <source>Under 30 minutes</source>
        <translation>Menos de 30 minutos</translation>
    </message>
    <message>
        <source>Under 2 hours</source>
        <translation>Menos de 2 horas</translation>
    </message>
    <message>
        <source>Under 24 hours</source>
        <translation>Menos de 24 horas</translation>
    </message>
    <message>
        <source>48 hours</source>
        <translation>48 horas</translation>
    </message>
    <message>
        <source>6 attempts over 6 business days</source>
        <translation>6 intentos en 6 días laborables</translation>
    </message>
    <message>
        <source>6 attempts over 7 business days</source>
        <translation>6 intentos en 7 días laborables</translation>
    </message>
    <message>
        <source>3 attempts over 5 days</source>
        <translation>3 intentos en 5 días</translation>
    </message>
    <message>
        <source>Weekly nurture email</source>
        <translation>Correo de nutrición semanal</translation>
    </message>
    <message>
        <source>Daily for 5 days</source>
        <translation>A diario durante 5 días</translation>
    </message>
    <message>
        <source>3 attempts over 3 days</source>
        <translation>3 intentos en 3 días</translation>
    </message>
    <message>
        <source>2 attempts over 5 days</source>
        <translation>2 intentos en 5 días</translation>
    </message>
    <message>
        <source>Weekly nurture emails</source>
        <translation>Correos de nutrición semanales</translation>
    </message>
    <message>
        <source>Bi-weekly nurture</source>
        <translation>Nutrición quincenal</translation>
    </message>
    <message>
        <source>Monthly newsletter</source>
        <translation>Boletín mensual</translation>
    </message>
    <message>
        <source>Demo or trial + pricing within 48h + research</source>
        <translation>Demo o prueba + precios en 48 h + investigación</translation>
    </message>
    <message>
        <source>3+ research actions in 7 days</source>
        <translation>3+ acciones de investigación en 7 días</translation>
    </message>
    <message>
        <source>Critical intent + firmographic trigger</source>
        <translation>Intención crítica + disparador firmográfico</translation>
    </message>
    <message>
        <source>hot</source>
        <translation>caliente</translation>
    </message>
    <message>
        <source>very warm</source>
        <translation>muy templado</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>templado</translation>
    </message>
    <message>
        <source>lukewarm</source>
        <translation>tibio</translation>
    </message>
    <message>
        <source>slightly warm</source>
        <translation>algo templado</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>frío</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 semanas</translation>
    </message>
    <message>
        <source>%1× %2</source>
        <translation>%1× %2</translation>
    </message>
    <message>
        <source>score %1 ≥ %2</source>
        <translation>puntuación %1 ≥ %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%1+ × %2</source>
        <translation>%1+ × %2</translation>
    </message>
    <message>
        <source>%1 in the last %2</source>
        <translation>%1 en un plazo de %2</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>%1: OK: rules &quot;%2&quot;, %3 signal types, %4 event and %5 page mappings, %6 bands, %7 tier patterns</source>
        <translation>%1: OK: reglas &quot;%2&quot;, %3 tipos de señal, %4 asignaciones de eventos y %5 de páginas, %6 rangos, %7 patrones de nivel</translation>
    </message>
    <message>
        <source>Scores contacts and accounts from Segment Spec calls (JSON Lines, one call per line).
Exit status: 0 all lines scored, 1 some lines were bad (the rest are still scored), 2 error.</source>
        <translation>Puntúa contactos y cuentas a partir de llamadas de Segment Spec (JSON Lines, una llamada por línea).
Código de salida: 0 todas las líneas puntuadas, 1 algunas líneas eran incorrectas (el resto se puntúa igualmente), 2 error.</translation>
    </message>
    <message>
        <source>Scoring rules: a preset (hot, warm) or a rules JSON file. Default: hot.</source>
        <translation>Reglas de puntuación: un preajuste (hot, warm) o un archivo JSON de reglas. Predeterminado: hot.</translation>
    </message>
    <message>
        <source>hot|warm|FILE</source>
        <translation>hot|warm|ARCHIVO</translation>
    </message>
    <message>
        <source>Evaluate scores at this ISO 8601 instant. Default: now.</source>
        <translation>Evalúa las puntuaciones en este instante ISO 8601. Predeterminado: ahora.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>MOMENTO</translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation>Formato de salida: table o json.</translation>
    </message>
    <message>
        <source>table|json</source>
        <translation>table|json</translation>
    </message>
    <message>
        <source>Validate a rules file (or preset) and exit.</source>
        <translation>Valida un archivo de reglas (o preajuste) y termina.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Events as JSON Lines; - reads standard input.</source>
        <translation>Eventos como JSON Lines; - lee la entrada estándar.</translation>
    </message>
    <message>
        <source>FILE|-</source>
        <translation>ARCHIVO|-</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Prueba --help.</translation>
    </message>
    <message>
        <source>--format: expected table or json, got &quot;%1&quot;</source>
        <translation>--format: se esperaba table o json, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--at: not an ISO 8601 date-time: &quot;%1&quot;</source>
        <translation>--at: no es una fecha y hora ISO 8601: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected one events file (or - for standard input); try --help</source>
        <translation>se esperaba un archivo de eventos (o - para la entrada estándar); prueba --help</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>Scores at %1 (rules &quot;%2&quot;)

</source>
        <translation>Puntuaciones a fecha de %1 (reglas &quot;%2&quot;)

</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation>ALERTA</translation>
    </message>
    <message>
        <source>Contacts (%1)
</source>
        <translation>Contactos (%1)
</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>CONTACTO</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>PUNTUACIÓN</translation>
    </message>
    <message>
        <source>BAND</source>
        <translation>RANGO</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>NIVEL</translation>
    </message>
    <message>
        <source>SIGNALS</source>
        <translation>SEÑALES</translation>
    </message>
    <message>
        <source>
Accounts (%1)
</source>
        <translation>
Cuentas (%1)
</translation>
    </message>
    <message>
        <source>BASE</source>
        <translation>BASE</translation>
    </message>
    <message>
        <source>CONTACTS</source>
        <translation>CONTACTOS</translation>
    </message>
    <message>
        <source>MULTIPLIERS</source>
        <translation>MULTIPLICADORES</translation>
    </message>
    <message>
        <source>Also: firstcall-score calibrate (lift per signal, conversion by band, suggested points) and firstcall-score backtest (precision and recall of the alerts); add --help to either.</source>
        <translation>Además: firstcall-score calibrate (lift por señal, conversión por rango, puntos sugeridos) y firstcall-score backtest (precisión y exhaustividad de las alertas); añade --help a cualquiera de los dos.</translation>
    </message>
    <message>
        <source>%1: note: the event &quot;%2&quot; maps to no signal but looks like %3; add it to &quot;events&quot; to score it</source>
        <translation>%1: nota: el evento «%2» no corresponde a ninguna señal pero parece %3; añádalo a «events» para que puntúe</translation>
    </message>
    <message>
        <source>pattern: %1</source>
        <translation>patrón: %1</translation>
    </message>
    <message>
        <source>alert trigger</source>
        <translation>disparador de alerta</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>POR QUÉ</translation>
    </message>
</context>
<context>
    <name>ScoringEngine</name>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%1+ × %2</source>
        <translation>%1+ × %2</translation>
    </message>
    <message>
        <source>%1 in the last %2</source>
        <translation>%1 en los últimos %2</translation>
    </message>
    <message>
        <source>score %1 ≥ %2</source>
        <translation>puntuación %1 ≥ %2</translation>
    </message>
</context>
<context>
    <name>ScoringView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Over the period</source>
        <translation>En el periodo</translation>
    </message>
    <message>
        <source>Current points</source>
        <translation>Puntos actuales</translation>
    </message>
    <message>
        <source>Suggested points</source>
        <translation>Puntos sugeridos</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertidos</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugeridos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What the suggested points would have changed</source>
        <translation>Qué habrían cambiado los puntos sugeridos</translation>
    </message>
    <message>
        <source>Conversion by band</source>
        <translation>Conversión por rango</translation>
    </message>
    <message>
        <source>Conversion by tier</source>
        <translation>Conversión por nivel</translation>
    </message>
    <message>
        <source>Lift by signal</source>
        <translation>Lift por señal</translation>
    </message>
    <message>
        <source>Lift by signal (contacts with the signal before converting)</source>
        <translation>Lift por señal (contactos con la señal antes de convertir)</translation>
    </message>
    <message>
        <source>The feed could not compute the calibration: %1</source>
        <translation>El feed no pudo calcular la calibración: %1</translation>
    </message>
    <message>
        <source>Press Refresh to calibrate the scoring on the feed&apos;s history.</source>
        <translation>Pulsa Actualizar para calibrar la puntuación con el historial del feed.</translation>
    </message>
    <message>
        <source>The calibration comes from the feed: it can be computed again when the feed is back.</source>
        <translation>La calibración viene del feed: se podrá calcular de nuevo cuando vuelva el feed.</translation>
    </message>
    <message>
        <source>Replaying the period&apos;s events…</source>
        <translation>Reproduciendo los eventos del periodo…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 contacts&lt;/b&gt;, %2 converted (%3): a meeting booked or a qualified connect.</source>
        <translation>&lt;b&gt;%1 contactos&lt;/b&gt;, %2 convertidos (%3): una reunión programada o un contacto cualificado.</translation>
    </message>
    <message>
        <source>Too little data to suggest points: at least %1 conversions are needed; every signal keeps its points.</source>
        <translation>Datos insuficientes para sugerir puntos: se necesitan al menos %1 conversiones; cada señal conserva sus puntos.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Contacts alerted</source>
        <translation>Contactos con alerta</translation>
    </message>
    <message>
        <source>Alerted before converting</source>
        <translation>Alerta antes de convertir</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <source>Median lead time</source>
        <translation>Mediana del tiempo de anticipación</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Sin nivel</translation>
    </message>
    <message>
        <source>too little data (%1 contacts): points kept</source>
        <translation>datos insuficientes (%1 contactos): se conservan los puntos</translation>
    </message>
    <message>
        <source>too little data: points kept</source>
        <translation>datos insuficientes: se conservan los puntos</translation>
    </message>
    <message>
        <source>worth more</source>
        <translation>vale más</translation>
    </message>
    <message>
        <source>worth less</source>
        <translation>vale menos</translation>
    </message>
    <message>
        <source>The feed&apos;s rules have not arrived yet: press Refresh again in a moment.</source>
        <translation>Las reglas del feed aún no han llegado: pulsa Actualizar de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Contacts whose events the feed received in the period, by the band of the highest score each reached before converting: by score alone. A pattern or the alert&apos;s minimum tier can give a lead a hotter tier than its score&apos;s band; its conversion then counts in the colder band here, and in its tier under Conversion by tier.</source>
        <translation>Contactos cuyos eventos recibió el feed en el periodo, según el rango de la puntuación más alta que alcanzó cada uno antes de convertir: solo por puntuación. Un patrón o el nivel mínimo de la alerta pueden dar a un lead un nivel más caliente que el rango de su puntuación; su conversión cuenta entonces aquí en el rango más frío, y en su nivel en «Conversión por nivel».</translation>
    </message>
    <message>
        <source>Alerts raised in the period, by the tier each alert was raised at: its score band&apos;s tier, or hotter when a pattern or the alert&apos;s minimum tier lifted it. Converted: a meeting booked or a qualified connect after the alert. Alerts whose lead has no events received in the period count here but not by band.</source>
        <translation>Alertas emitidas en el periodo, según el nivel con el que se emitió cada alerta: el nivel del rango de su puntuación, o uno más caliente si un patrón o el nivel mínimo de la alerta lo subió. Convertido: una reunión agendada o una conexión calificada después de la alerta. Las alertas cuyo lead no tiene eventos recibidos en el periodo cuentan aquí, pero no por rango.</translation>
    </message>
</context>
<context>
    <name>SegmentReader</name>
    <message>
        <source>must be an array of calls</source>
        <translation>debe ser un array de llamadas de Segment</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
    <message>
        <source>a Segment call is a JSON object</source>
        <translation>una llamada de Segment debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>is missing (track, page, identify, group, alias or batch)</source>
        <translation>falta (track, page, identify, group, alias o batch)</translation>
    </message>
    <message>
        <source>unknown call type &quot;%1&quot; (expected track, page, identify, group or alias)</source>
        <translation>tipo de llamada desconocido &quot;%1&quot; (se esperaba track, page, identify, group o alias)</translation>
    </message>
    <message>
        <source>is not an ISO 8601 date-time: &quot;%1&quot;</source>
        <translation>no es una fecha y hora ISO 8601: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is required for a track call</source>
        <translation>es obligatorio en una llamada track</translation>
    </message>
    <message>
        <source>is required for a group call</source>
        <translation>es obligatorio en una llamada group</translation>
    </message>
    <message>
        <source>is required for an alias call</source>
        <translation>es obligatorio en una llamada alias</translation>
    </message>
    <message>
        <source>either userId or anonymousId is required</source>
        <translation>se necesita userId o anonymousId</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Runs the feed server: Segment Spec ingest over HTTP, scoring, routing and the WebSocket feed.
Every option may also come from a --config file (INI, the option names as keys).</source>
        <translation>Ejecuta el servidor de feed: ingesta de Segment Spec por HTTP, puntuación, enrutamiento y el feed WebSocket.
Cualquier opción puede venir también de un archivo --config (INI, con los nombres de las opciones como claves).</translation>
    </message>
    <message>
        <source>Read settings from this INI file; options given on the command line win.</source>
        <translation>Lee la configuración de este archivo INI; las opciones de la línea de comandos tienen prioridad.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Port for event ingest (default 8787; 0 picks a free one).</source>
        <translation>Puerto para la ingesta de eventos (predeterminado 8787; 0 elige uno libre).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Port for the consoles&apos; feed (default 8788; 0 picks a free one).</source>
        <translation>Puerto para el feed de las consolas (predeterminado 8788; 0 elige uno libre).</translation>
    </message>
    <message>
        <source>The Segment write key that ingest requires.</source>
        <translation>La write key de Segment que exige la ingesta.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Dirección en la que escucha el servidor (predeterminada 127.0.0.1).</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>all-records (default) or owned-records.</source>
        <translation>all-records (predeterminado) o owned-records.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <source>Scoring rules: hot (default), warm or a rules file.</source>
        <translation>Reglas de puntuación: hot (predeterminado), warm o un archivo de reglas.</translation>
    </message>
    <message>
        <source>hot|warm|FILE</source>
        <translation>hot|warm|ARCHIVO</translation>
    </message>
    <message>
        <source>Post Tier 1 alerts to this Slack incoming webhook.</source>
        <translation>Publica las alertas de nivel 1 en este webhook entrante de Slack.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>PEM certificate: serve https and wss.</source>
        <translation>Certificado PEM: sirve https y wss.</translation>
    </message>
    <message>
        <source>PEM private key for --tls-cert.</source>
        <translation>Clave privada PEM para --tls-cert.</translation>
    </message>
    <message>
        <source>A browser origin allowed on the feed (repeatable).</source>
        <translation>Un origen de navegador con acceso al feed (se puede repetir).</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>S</source>
        <translation>SEG</translation>
    </message>
    <message>
        <source>Threads that write to the consoles (default: one per core).</source>
        <translation>Hilos que envían a las consolas (predeterminado: uno por núcleo).</translation>
    </message>
    <message>
        <source>Try firstcall-feed serve --help.</source>
        <translation>Prueba firstcall-feed serve --help.</translation>
    </message>
    <message>
        <source>%1: no such config file</source>
        <translation>%1: no existe ese archivo de configuración</translation>
    </message>
    <message>
        <source>%1: not a readable INI file</source>
        <translation>%1: no es un archivo INI legible</translation>
    </message>
    <message>
        <source>--%1: expected a port number, got &quot;%2&quot;</source>
        <translation>--%1: se esperaba un número de puerto, se obtuvo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--write-key is required: the Segment write key that event senders use</source>
        <translation>--write-key es obligatorio: la write key de Segment que usan quienes envían eventos</translation>
    </message>
    <message>
        <source>--listen: not an IP address: &quot;%1&quot;</source>
        <translation>--listen: no es una dirección IP: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--visibility: expected all-records or owned-records, got &quot;%1&quot;</source>
        <translation>--visibility: se esperaba all-records o owned-records, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--slack-webhook: not an http(s) URL: &quot;%1&quot;</source>
        <translation>--slack-webhook: no es una URL http(s): &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--ping-interval: expected seconds (at least 1), got &quot;%1&quot;</source>
        <translation>--ping-interval: se esperaban segundos (al menos 1), se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--feed-threads: expected a number from 1 to 64, got &quot;%1&quot;</source>
        <translation>--feed-threads: se esperaba un número del 1 al 64, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert y --tls-key se indican juntos</translation>
    </message>
    <message>
        <source>%1: no PEM certificate found</source>
        <translation>%1: no se encontró ningún certificado PEM</translation>
    </message>
    <message>
        <source>%1: cannot read the key: %2</source>
        <translation>%1: no se puede leer la clave: %2</translation>
    </message>
    <message>
        <source>%1: not a PEM RSA or EC private key</source>
        <translation>%1: no es una clave privada RSA o EC en formato PEM</translation>
    </message>
    <message>
        <source>note: the team is empty; add reps with: firstcall-feed rep add NAME --role sdr --db %1</source>
        <translation>nota: el equipo está vacío; añade miembros con: firstcall-feed rep add NOMBRE --role sdr --db %1</translation>
    </message>
    <message>
        <source>firstcall-feed: ingest on %1://%2:%3/v1, feed on %4://%2:%5/ (%6, rules &quot;%7&quot;)</source>
        <translation>firstcall-feed: ingesta en %1://%2:%3/v1, feed en %4://%2:%5/ (%6, reglas &quot;%7&quot;)</translation>
    </message>
    <message>
        <source>firstcall-feed: stopped</source>
        <translation>firstcall-feed: detenido</translation>
    </message>
    <message>
        <source>The database: a SQLite file (created if missing) or a PostgreSQL URI, postgresql://[user@][host][:port]/dbname[?param=value&amp;...]; a password is best left to PGPASSWORD or ~/.pgpass.</source>
        <translation>La base de datos: un archivo SQLite (se crea si no existe) o una URI de PostgreSQL, postgresql://[usuario@][host][:puerto]/dbname[?param=valor&amp;...]; la contraseña es mejor dejarla a PGPASSWORD o ~/.pgpass.</translation>
    </message>
    <message>
        <source>FILE|URI</source>
        <translation>ARCHIVO|URI</translation>
    </message>
    <message>
        <source>--db is required: the database file or PostgreSQL URI to serve from</source>
        <translation>--db es obligatorio: el archivo de base de datos o la URI de PostgreSQL con que trabaja el servidor</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db: %1</translation>
    </message>
    <message>
        <source>Usage: firstcall-feed serve [options]</source>
        <translation>Uso: firstcall-feed serve [opciones]</translation>
    </message>
    <message>
        <source>Seconds between keepalive pings (default 10); a console silent for two intervals is offline.</source>
        <translation>Segundos entre pings de keepalive (por defecto 10); una consola en silencio durante dos intervalos pasa a desconectada.</translation>
    </message>
    <message>
        <source>Claimed leads not called yet a rep may hold before a claim is refused (default 3; 0: no limit).</source>
        <translation>Leads reclamados aún sin llamar que puede tener un comercial antes de que se rechace una reclamación (por defecto 3; 0: sin límite).</translation>
    </message>
    <message>
        <source>--max-uncalled-claims: expected a number from 0 to 1000, got &quot;%1&quot;</source>
        <translation>--max-uncalled-claims: se esperaba un número de 0 a 1000, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This server&apos;s name among several on one PostgreSQL database, in the logs and the presence table (default HOST:PID).</source>
        <translation>El nombre de este servidor entre varios en una base de datos PostgreSQL, en los registros y en la tabla de presencia (por defecto HOST:PID).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>POST signed lead and call events to this URL (repeatable; see docs/integrations.md).</source>
        <translation>Enviar por POST eventos firmados de leads y llamadas a esta URL (repetible; véase docs/integrations.md).</translation>
    </message>
    <message>
        <source>The signing secret of the webhook given in the same position (repeatable).</source>
        <translation>El secreto de firma del webhook indicado en la misma posición (repetible).</translation>
    </message>
    <message>
        <source>Log calls to this CRM and take lead owners from it.</source>
        <translation>Registrar las llamadas en este CRM y tomar de él los propietarios de los leads.</translation>
    </message>
    <message>
        <source>hubspot|salesforce</source>
        <translation>hubspot|salesforce</translation>
    </message>
    <message>
        <source>HubSpot: the private app&apos;s access token.</source>
        <translation>HubSpot: el token de acceso de la app privada.</translation>
    </message>
    <message>
        <source>The CRM&apos;s API: HubSpot&apos;s by default; Salesforce: https://INSTANCE.my.salesforce.com.</source>
        <translation>La API del CRM: la de HubSpot por defecto; Salesforce: https://INSTANCIA.my.salesforce.com.</translation>
    </message>
    <message>
        <source>Salesforce: where the OAuth token endpoint is (https://login.salesforce.com).</source>
        <translation>Salesforce: dónde está el endpoint de tokens OAuth (https://login.salesforce.com).</translation>
    </message>
    <message>
        <source>Salesforce: the connected app&apos;s consumer key.</source>
        <translation>Salesforce: la consumer key de la app conectada.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Salesforce: the connected app&apos;s consumer secret.</source>
        <translation>Salesforce: el consumer secret de la app conectada.</translation>
    </message>
    <message>
        <source>Salesforce: the OAuth refresh token.</source>
        <translation>Salesforce: el refresh token de OAuth.</translation>
    </message>
    <message>
        <source>On a qualified connect, also set the lead status in the CRM to this (HubSpot: the contact&apos;s hs_lead_status; Salesforce: a Lead&apos;s Status).</source>
        <translation>En una conversación cualificada, fijar también el estado del lead en el CRM a este valor (HubSpot: hs_lead_status del contacto; Salesforce: Status de un Lead).</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>--%1: not an http(s) URL: &quot;%2&quot;</source>
        <translation>--%1: no es una URL http(s): &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--webhook and --webhook-secret-file go in pairs: %1 webhooks, %2 secret files</source>
        <translation>--webhook y --webhook-secret-file van en pares: %1 webhooks, %2 archivos de secreto</translation>
    </message>
    <message>
        <source>--webhook-secret-file: %1</source>
        <translation>--webhook-secret-file: %1</translation>
    </message>
    <message>
        <source>--crm %1 needs --%2</source>
        <translation>--crm %1 necesita --%2</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>--crm salesforce needs --crm-base-url, --crm-auth-url, --crm-client-id, --crm-client-secret-file and --crm-refresh-token-file</source>
        <translation>--crm salesforce necesita --crm-base-url, --crm-auth-url, --crm-client-id, --crm-client-secret-file y --crm-refresh-token-file</translation>
    </message>
    <message>
        <source>--crm: expected hubspot or salesforce, got &quot;%1&quot;</source>
        <translation>--crm: se esperaba hubspot o salesforce, se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--crm-qualified-status needs --crm</source>
        <translation>--crm-qualified-status necesita --crm</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Feed server:</source>
        <translation>Servidor de feed:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Token de acceso:</translation>
    </message>
    <message>
        <source>Show a notification for new Tier 1 and Tier 2 leads</source>
        <translation>Mostrar una notificación para leads nuevos de nivel 1 y nivel 2</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>Reproducir un sonido</translation>
    </message>
    <message>
        <source>Bring the window to the front</source>
        <translation>Traer la ventana al frente</translation>
    </message>
    <message>
        <source>New hot lead:</source>
        <translation>Nuevo lead caliente:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Apariencia:</translation>
    </message>
    <message>
        <source>A new server, token, language or appearance takes effect when Firstcall starts again.</source>
        <translation>Los cambios de servidor, token, idioma o apariencia se aplican la próxima vez que se inicie Firstcall.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>the database is empty: give a SQLite file or a postgresql:// URI</source>
        <translation>la base de datos está vacía: indique un archivo SQLite o una URI postgresql://</translation>
    </message>
    <message>
        <source>%1: invalid percent-encoding &quot;%2&quot; in the %3</source>
        <translation>%1: codificación por porcentaje «%2» no válida en: %3</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>%1: invalid percent-encoding in the password</source>
        <translation>%1: codificación por porcentaje no válida en la contraseña</translation>
    </message>
    <message>
        <source>%1: several hosts in one URI are not supported; give one</source>
        <translation>%1: no se admiten varios hosts en una URI; indique uno</translation>
    </message>
    <message>
        <source>%1: the IPv6 address has no closing &quot;]&quot;</source>
        <translation>%1: a la dirección IPv6 le falta el «]» de cierre</translation>
    </message>
    <message>
        <source>%1: unexpected &quot;%2&quot; after the IPv6 address</source>
        <translation>%1: «%2» inesperado tras la dirección IPv6</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>%1: port &quot;%2&quot; is not a number from 1 to 65535</source>
        <translation>%1: el puerto «%2» no es un número de 1 a 65535</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>nombre de la base de datos</translation>
    </message>
    <message>
        <source>%1: the parameter &quot;%2&quot; is not key=value</source>
        <translation>%1: el parámetro «%2» no tiene la forma clave=valor</translation>
    </message>
    <message>
        <source>parameter names</source>
        <translation>nombres de parámetro</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>parámetro %1</translation>
    </message>
    <message>
        <source>%1: the value of %2 contains &quot;;&quot;, which Qt&apos;s PostgreSQL driver cannot pass on</source>
        <translation>%1: el valor de %2 contiene «;», que el controlador de PostgreSQL de Qt no puede transmitir</translation>
    </message>
    <message>
        <source>%1: no database name; expected postgresql://[user@][host][:port]/DBNAME</source>
        <translation>%1: falta el nombre de la base de datos; se esperaba postgresql://[usuario@][host][:puerto]/DBNAME</translation>
    </message>
</context>
<context>
    <name>SyncsModel</name>
    <message>
        <source>Webhook %1 (%2)</source>
        <translation>Webhook %1 (%2)</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>%1 (lead status)</source>
        <translation>%1 (estado del lead)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Given up: select it and press Retry to queue it again</source>
        <translation>Abandonado: selecciónelo y pulse Reintentar para volver a ponerlo en cola</translation>
    </message>
    <message>
        <source>The feed tries it again by itself</source>
        <translation>El feed lo vuelve a intentar por sí mismo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Retrying at %1</source>
        <translation>Reintento a las %1</translation>
    </message>
    <message>
        <source>When the call started (empty for a webhook event about the lead)</source>
        <translation>Cuándo empezó la llamada (vacío para un evento de webhook sobre el lead)</translation>
    </message>
    <message>
        <source>Where it goes: the CRM, or a webhook</source>
        <translation>Adónde va: el CRM o un webhook</translation>
    </message>
    <message>
        <source>What the CRM or the webhook answered the last time</source>
        <translation>Lo que respondió el CRM o el webhook la última vez</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Enviado a</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last try</source>
        <translation>Último intento</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <source>Call %1</source>
        <translation>Llamar a %1</translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation>Correo a %1</translation>
    </message>
    <message>
        <source>Nurture %1</source>
        <translation>Nutrir a %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — overdue since %2</source>
        <translation>%1 — vencido desde %2</translation>
    </message>
    <message>
        <source>%1 — due today, %2</source>
        <translation>%1 — vence hoy, %2</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Miembro del equipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>Leads abiertos</translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <source>a rep named %1 already exists</source>
        <translation>ya existe un miembro llamado %1</translation>
    </message>
    <message>
        <source>the backup %1 is not on the team; add them first</source>
        <translation>el suplente %1 no está en el equipo; añádelo primero</translation>
    </message>
    <message>
        <source>cannot add %1: %2</source>
        <translation>no se puede añadir a %1: %2</translation>
    </message>
    <message>
        <source>no rep named %1</source>
        <translation>no hay ningún miembro llamado %1</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>no se puede eliminar a %1: %2</translation>
    </message>
    <message>
        <source>cannot change the access token of %1: %2</source>
        <translation>no se puede cambiar el token de acceso de %1: %2</translation>
    </message>
    <message>
        <source>cannot change the availability of rep %1: %2</source>
        <translation>no se puede cambiar la disponibilidad de %1: %2</translation>
    </message>
    <message>
        <source>no rep with id %1</source>
        <translation>no hay ningún miembro con el id %1</translation>
    </message>
    <message>
        <source>the rep&apos;s name is empty</source>
        <translation>el nombre del miembro está vacío</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; begins or ends with whitespace</source>
        <translation>el nombre &quot;%1&quot; empieza o termina con espacios en blanco</translation>
    </message>
    <message>
        <source>the name is %1 characters long; at most %2 are allowed</source>
        <translation>el nombre tiene %1 caracteres; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; contains a control character such as a line break</source>
        <translation>el nombre &quot;%1&quot; contiene un carácter de control, como un salto de línea</translation>
    </message>
    <message>
        <source>the segment &quot;%1=%2&quot; needs both a key and a value (KEY=VALUE)</source>
        <translation>el segmento &quot;%1=%2&quot; necesita una clave y un valor (CLAVE=VALOR)</translation>
    </message>
    <message>
        <source>the segment key &quot;%1&quot; contains &quot;=&quot;</source>
        <translation>la clave de segmento &quot;%1&quot; contiene &quot;=&quot;</translation>
    </message>
    <message>
        <source>%1 cannot be their own backup</source>
        <translation>%1 no puede ser su propio suplente</translation>
    </message>
    <message>
        <source>a backup is named twice: %1</source>
        <translation>un suplente aparece dos veces: %1</translation>
    </message>
    <message>
        <source>the weight %1 is not in (0, %2]</source>
        <translation>el peso %1 no está en (0, %2]</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; expected an IANA name such as Europe/Berlin</source>
        <translation>zona horaria desconocida &quot;%1&quot;; se esperaba un nombre IANA como Europe/Madrid</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>&quot;%1&quot; no es una dirección de correo</translation>
    </message>
    <message>
        <source>cannot change %1: %2</source>
        <translation>no se puede cambiar a %1: %2</translation>
    </message>
    <message>
        <source>cannot record the team change: %1</source>
        <translation>no se puede registrar el cambio del equipo: %1</translation>
    </message>
</context>
<context>
    <name>TokenVault</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>el llavero no respondió</translation>
    </message>
    <message>
        <source>Your access token is kept in the system keychain.</source>
        <translation>Tu token de acceso se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1): your access token is kept in the settings file %2, readable by your user account only.</source>
        <translation>No hay ningún llavero del sistema disponible (%1): tu token de acceso se guarda en el archivo de configuración %2, que solo puede leer tu cuenta de usuario.</translation>
    </message>
</context>
<context>
    <name>WebSocketReader</name>
    <message>
        <source>reserved bits set in a frame (no extension was agreed)</source>
        <translation>bits reservados activados en una trama (no se acordó ninguna extensión)</translation>
    </message>
    <message>
        <source>unmasked frame from a client</source>
        <translation>trama sin máscara de un cliente</translation>
    </message>
    <message>
        <source>unknown opcode %1</source>
        <translation>código de operación desconocido %1</translation>
    </message>
    <message>
        <source>frame length not in its shortest form</source>
        <translation>longitud de trama no en su forma más corta</translation>
    </message>
    <message>
        <source>frame length with its most significant bit set</source>
        <translation>longitud de trama con el bit más significativo activado</translation>
    </message>
    <message>
        <source>control frame fragmented or longer than 125 bytes</source>
        <translation>trama de control fragmentada o de más de 125 bytes</translation>
    </message>
    <message>
        <source>continuation frame without a message to continue</source>
        <translation>trama de continuación sin mensaje que continuar</translation>
    </message>
    <message>
        <source>new message before the previous one was finished</source>
        <translation>mensaje nuevo antes de terminar el anterior</translation>
    </message>
    <message>
        <source>message larger than %1 bytes</source>
        <translation>mensaje de más de %1 bytes</translation>
    </message>
    <message>
        <source>close frame with a one-byte payload</source>
        <translation>trama de cierre con una carga de un byte</translation>
    </message>
    <message>
        <source>close code %1 may not be sent</source>
        <translation>el código de cierre %1 no se puede enviar</translation>
    </message>
    <message>
        <source>close reason is not UTF-8</source>
        <translation>el motivo de cierre no es UTF-8</translation>
    </message>
    <message>
        <source>text message is not UTF-8</source>
        <translation>el mensaje de texto no es UTF-8</translation>
    </message>
</context>
<context>
    <name>WorkingHours</name>
    <message>
        <source>&quot;%1&quot;: expected days and a time range, such as &quot;Mon-Fri 09:00-17:30&quot;</source>
        <translation>&quot;%1&quot;: se esperaban días y un intervalo horario, como &quot;Mon-Fri 09:00-17:30&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: days are Mon, Tue, Wed, Thu, Fri, Sat, Sun, as a list or a range (Mon-Fri)</source>
        <translation>&quot;%1&quot;: los días son Mon, Tue, Wed, Thu, Fri, Sat, Sun, como lista o intervalo (Mon-Fri)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected a time range such as 09:00-17:30</source>
        <translation>&quot;%1&quot;: se esperaba un intervalo horario como 09:00-17:30</translation>
    </message>
</context>
<context>
    <name>firstcall-feed</name>
    <message>
        <source>firstcall-feed: unknown command &quot;%1&quot;</source>
        <translation>firstcall-feed: comando desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Usage: firstcall-feed COMMAND [options]

The Firstcall feed server and its team directory.

Commands:
  serve      Runs the feed server.
  rep        Manages the team: add, edit, list, remove, token.
  report     Prints speed-to-lead metrics as CSV or JSON.
  audit      Prints every routing decision about a lead.
  calibrate  Lift per signal and suggested points from the feed&apos;s history.
  backtest   How the rules&apos; alerts caught the feed&apos;s conversions.

Options:
  -h, --help   Shows this help.
  --version    Shows the version.

Run firstcall-feed COMMAND --help for a command&apos;s options.
</source>
        <translation>Uso: firstcall-feed COMANDO [opciones]

El servidor de feed de Firstcall y su directorio del equipo.

Comandos:
  serve      Ejecuta el servidor de feed.
  rep        Gestiona el equipo: add, edit, list, remove, token.
  report     Imprime métricas de speed-to-lead en CSV o JSON.
  audit      Imprime cada decisión de enrutamiento sobre un lead.
  calibrate  Lift por señal y puntos sugeridos a partir del historial del feed.
  backtest   Cómo habrían captado las alertas de las reglas las conversiones del feed.

Opciones:
  -h, --help   Muestra esta ayuda.
  --version    Muestra la versión.

Ejecuta firstcall-feed COMANDO --help para ver las opciones de un comando.
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Firstcall: the hot-lead console for sales reps.</source>
        <translation>Firstcall: la consola de leads calientes para equipos de ventas.</translation>
    </message>
    <message>
        <source>Run with an embedded feed server and simulated traffic.</source>
        <translation>Ejecutar con un servidor de feed integrado y tráfico simulado.</translation>
    </message>
    <message>
        <source>Your access token from firstcall-feed rep add (saved).</source>
        <translation>Tu token de acceso de firstcall-feed rep add (se guarda).</translation>
    </message>
    <message>
        <source>Local cache file (default: one per server and rep).</source>
        <translation>Archivo de caché local (predeterminado: uno por servidor y usuario).</translation>
    </message>
    <message>
        <source>Save a PNG of the window after --grab-delay seconds, then quit.</source>
        <translation>Guardar un PNG de la ventana tras --grab-delay segundos y salir.</translation>
    </message>
    <message>
        <source>Seconds before --grab.</source>
        <translation>Segundos antes de --grab.</translation>
    </message>
    <message>
        <source>Appearance: light or dark.</source>
        <translation>Apariencia: light o dark.</translation>
    </message>
    <message>
        <source>Firstcall</source>
        <translation>Firstcall</translation>
    </message>
    <message>
        <source>Feed URL, e.g. ws://feed.example:8788/, or several separated by commas: the console fails over to the next (saved).</source>
        <translation>URL del feed, p. ej. ws://feed.example:8788/, o varias separadas por comas: la consola pasa a la siguiente si una falla (se guarda).</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>With --demo, sign in as this member of the demo team: %1 (you, by default), Priya, Marcus, or Dana the manager.</source>
        <translation>Con --demo, iniciar sesión como este miembro del equipo de la demo: %1 (usted, por defecto), Priya, Marcus o Dana, con rol de manager.</translation>
    </message>
</context>
</TS>
