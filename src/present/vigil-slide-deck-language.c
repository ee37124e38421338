/* vigil-slide-deck-language.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-slide-deck"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "vigil-slide-deck-private.h"

/* gettext has no per-call language: it reads $LANGUAGE, and caches what it translated until
 * the locale is set again (glibc drops its cache on every setlocale()). So presenting in
 * another language means switching the process's language for as long as the catalog loads
 * and the labels are fetched, then switching back. Environment and locale are the process's:
 * this is for the main thread only, while no other thread translates. */

struct _VigilLanguageSwitch
{
  char     *language;  /* $LANGUAGE as it was; NULL when it was unset */
  char     *locale;    /* setlocale (LC_ALL, NULL) as it was */
};

static gboolean
is_c_locale (const char *name)
{
  return name == NULL || g_str_equal (name, "C") || g_str_equal (name, "POSIX");
}

VigilLanguageSwitch *
_vigil_language_switch_to (const char *language)
{
  VigilLanguageSwitch *saved = g_new0 (VigilLanguageSwitch, 1);

  g_assert (language != NULL);

  saved->language = g_strdup (g_getenv ("LANGUAGE"));
  saved->locale = g_strdup (setlocale (LC_ALL, NULL));

  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");

  /* gettext ignores $LANGUAGE under the plain C locale; C.UTF-8 translates like it
   * otherwise. */
  if (is_c_locale (setlocale (LC_MESSAGES, NULL)))
    setlocale (LC_MESSAGES, "C.UTF-8");

  return saved;
}

void
_vigil_language_switch_restore (VigilLanguageSwitch *saved)
{
  if (saved == NULL)
    return;

  if (saved->language != NULL)
    g_setenv ("LANGUAGE", saved->language, TRUE);
  else
    g_unsetenv ("LANGUAGE");

  /* Setting the locale again also makes gettext forget the other language's translations. */
  if (saved->locale == NULL || setlocale (LC_ALL, saved->locale) == NULL)
    setlocale (LC_ALL, "");

  g_free (saved->language);
  g_free (saved->locale);
  g_free (saved);
}

/* Where gettext looks for Vigil's translations: main() binds LOCALEDIR, tests their build's
 * po/ folder. */
static const char *
get_locale_dir (void)
{
  const char *dir = bindtextdomain (GETTEXT_PACKAGE, NULL);

  return dir != NULL ? dir : LOCALEDIR;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *)a, *(char * const *)b);
}

/**
 * vigil_slide_deck_list_languages:
 *
 * The languages a deck can be shown in: English, in which the guidance is written, and every
 * language with a compiled translation of Vigil in the folder gettext reads them from.
 *
 * Returns: (transfer full): language codes such as "de" or "pt_BR", sorted
 */
GStrv
vigil_slide_deck_list_languages (void)
{
  g_autoptr(GPtrArray) languages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *locale_dir = get_locale_dir ();
  const char *name;

  g_ptr_array_add (languages, g_strdup ("en"));

  dir = g_dir_open (locale_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *mo = g_build_filename (locale_dir, name, "LC_MESSAGES",
                                              GETTEXT_PACKAGE ".mo", NULL);

      if (!g_str_equal (name, "en") && g_file_test (mo, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (languages, g_strdup (name));
    }

  g_ptr_array_sort (languages, compare_strings);
  g_ptr_array_add (languages, NULL);

  return (GStrv)g_ptr_array_steal (languages, NULL);
}

gboolean
_vigil_slide_deck_has_language (const char *language)
{
  g_auto(GStrv) languages = vigil_slide_deck_list_languages ();

  return language != NULL && g_strv_contains ((const char * const *)languages, language);
}

/* The installed language gettext translates into now, or "en" when it translates nothing. */
char *
_vigil_slide_deck_dup_current_language (void)
{
  g_auto(GStrv) languages = vigil_slide_deck_list_languages ();
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (is_c_locale (names[i]) || g_str_has_prefix (names[i], "C."))
        break;
      if (g_strv_contains ((const char * const *)languages, names[i]))
        return g_strdup (names[i]);
    }

  return g_strdup ("en");
}
