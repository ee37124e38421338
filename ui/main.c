/* main.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "vigil-application.h"

/* A trainer may show Vigil in the audience's language rather than the desktop's. gettext
 * reads LANGUAGE when it first translates, so it is set before anything is shown. */
static void
apply_language_preference (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *language = NULL;

  /* Without the installed schema (a bare build tree) there is no preference to read. */
  schema = source != NULL ? g_settings_schema_source_lookup (source, BASE_APP_ID, TRUE) : NULL;
  if (schema == NULL || !g_settings_schema_has_key (schema, "language"))
    return;

  settings = g_settings_new (BASE_APP_ID);
  language = g_settings_get_string (settings, "language");
  if (*language != '\0')
    g_setenv ("LANGUAGE", language, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(VigilApplication) app = NULL;

  apply_language_preference ();
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = vigil_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
