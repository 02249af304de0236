#pragma once

#include <QString>

// The console's appearance: "light" or "dark" (Fusion with a dark palette); anything else
// leaves the platform's look alone.
void applyTheme(const QString &theme);
