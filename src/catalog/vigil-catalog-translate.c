/* vigil-catalog-translate.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How the loader translates catalog text, and keeps count of what stays in English. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vigil-catalog-loader-private.h"

/* The guidance is written in English: only another language can lack a translation. */
static gboolean
translation_expected (void)
{
  static gsize expected = 0;

  if (g_once_init_enter (&expected))
    {
      const char *first = g_get_language_names ()[0];
      gboolean english = g_str_equal (first, "C") || g_str_equal (first, "POSIX") ||
                         g_str_has_prefix (first, "C.") || g_str_has_prefix (first, "en");

      g_once_init_leave (&expected, english ? 1 : 2);
    }

  return expected == 2;
}

/* How many strings were left in English since the last _vigil_loader_take_untranslated(),
 * per thread, so that a page can say it is only partly translated. */
static GPrivate untranslated_count;

/* Per thread: 0 before a load, 1 when the run's language has no catalog for Vigil (English,
 * or a language without a translation), 2 when it has one. */
static GPrivate catalog_state;

/* Called as a load starts. Without a catalog every lookup would hand the text back, so the
 * loader skips them: in English that was ~6 % of loading the catalog. A load asks again, as
 * tests load catalogs in other languages in one run. */
void
_vigil_loader_begin_translating (void)
{
  /* gettext maps "" to the header of the catalog it found, and to "" without one. */
  const char *header = dgettext (GETTEXT_PACKAGE, "");

  g_private_set (&catalog_state, GINT_TO_POINTER (*header != '\0' ? 2 : 1));
}

guint
_vigil_loader_take_untranslated (void)
{
  guint count = GPOINTER_TO_UINT (g_private_get (&untranslated_count));

  g_private_set (&untranslated_count, NULL);
  return count;
}

const char *
_vigil_loader_translate (const char *id,
                         const char *field,
                         const char *text)
{
  g_autofree char *context = NULL;
  const char *translated;

  if (text == NULL)
    return NULL;

  if (GPOINTER_TO_INT (g_private_get (&catalog_state)) == 1)
    translated = text;
  else
    {
      context = g_strconcat (id, ":", field, NULL);
      translated = g_dpgettext2 (GETTEXT_PACKAGE, context, text);
    }

  /* g_dpgettext2() hands back @text itself when there is no translation. */
  if (translated == text && *text != '\0' && translation_expected ())
    g_private_set (&untranslated_count,
                   GUINT_TO_POINTER (GPOINTER_TO_UINT (g_private_get (&untranslated_count)) + 1));

  return translated;
}
