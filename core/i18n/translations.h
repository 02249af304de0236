#pragma once

class QLocale;

// Installs Firstcall's translations (built into each program under :/i18n) and Qt's own (the
// words of QCommandLineParser's --help and of the standard dialogs) for this locale. The
// translators belong to the application object, which must exist.
void installTranslations(const QLocale &locale);
