/* test-handout.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "vigil-catalog-loader.h"
#include "vigil-report.h"
#include "vigil-slide-deck.h"
#include "vigil-test-utils.h"

static VigilCatalog *catalog;
static const char *localedir;

/* Whitespace in any run and amount is one space: text wraps differently in a PDF. Hyphens
 * go: pdftotext joins "Wi-" at the end of a line and "Fi" on the next into "WiFi". */
static char *
squeeze (const char *text)
{
  g_autoptr(GString) squeezed = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '-')
        continue;
      if (g_ascii_isspace (*p))
        space = TRUE;
      else
        {
          if (space && squeezed->len > 0)
            g_string_append_c (squeezed, ' ');
          space = FALSE;
          g_string_append_c (squeezed, *p);
        }
    }

  return g_string_free (g_steal_pointer (&squeezed), FALSE);
}

/* Runs a poppler tool on @pdf; returns its output. */
static char *
run_on_pdf (const char *program,
            GBytes     *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = vigil_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *out = NULL;
  const char *text_argv[] = { program, "-enc", "UTF-8", path, "-", NULL };
  const char *info_argv[] = { program, "-enc", "UTF-8", path, NULL };
  int status;

  g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error);
  g_assert_no_error (error);
  g_spawn_sync (NULL, g_str_equal (program, "pdfinfo") ? (char **)info_argv : (char **)text_argv,
                NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  vigil_test_rm_rf (dir);

  return g_steal_pointer (&out);
}

static guint
count_pages (const char *text)
{
  guint n = 0;

  /* pdftotext ends every page with a form feed. */
  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\f';

  return n;
}

static void
assert_contains (const char *flat,
                 const char *text)
{
  g_autofree char *squeezed = squeeze (text);

  if (strstr (flat, squeezed) == NULL)
    g_error ("The handout lacks “%s”", text);
}

/* Every guideline's title, summary, key steps and threats, under the deck's headings; every
 * page numbered in full, with the deck's words for it. */
static void
assert_handout (VigilSlideDeck *deck,
                GBytes         *pdf)
{
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *first_page = NULL;
  g_autofree char *last_page = NULL;
  const char *page_format = vigil_slide_deck_get_label (deck, VIGIL_SLIDE_LABEL_PAGE);
  guint n_pages;

  g_assert_cmpuint (g_bytes_get_size (pdf), >, 1000);
  g_assert_cmpmem (g_bytes_get_data (pdf, NULL), 5, "%PDF-", 5);

  text = run_on_pdf ("pdftotext", pdf);
  flat = squeeze (text);
  n_pages = count_pages (text);
  g_assert_cmpuint (n_pages, >, 1);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  first_page = g_strdup_printf (page_format, 1, n_pages);
  last_page = g_strdup_printf (page_format, n_pages, n_pages);
#pragma GCC diagnostic pop
  assert_contains (flat, first_page);
  assert_contains (flat, last_page);

  assert_contains (flat, vigil_slide_deck_get_slide (deck, 0)->title);
  assert_contains (flat, vigil_slide_deck_get_slide (deck, 0)->summary);
  assert_contains (flat, vigil_slide_deck_get_label (deck, VIGIL_SLIDE_LABEL_KEY_STEPS));
  assert_contains (flat, vigil_slide_deck_get_label (deck, VIGIL_SLIDE_LABEL_WHY));

  for (guint i = 1; i < vigil_slide_deck_get_n_slides (deck); i++)
    {
      const VigilSlide *slide = vigil_slide_deck_get_slide (deck, i);

      assert_contains (flat, slide->title);
      assert_contains (flat, slide->summary);
      for (guint s = 0; s < slide->steps->len; s++)
        assert_contains (flat, ((VigilSlideStep *)g_ptr_array_index (slide->steps, s))->title);
      for (guint w = 0; w < slide->why->len; w++)
        assert_contains (flat, g_ptr_array_index (slide->why, w));
    }
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return FALSE;
    }

  return TRUE;
}

static void
test_section (void)
{
  g_autoptr(VigilSlideDeck) deck = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  deck = vigil_slide_deck_new_for_id (catalog, "consumer", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vigil_slide_deck_get_n_slides (deck), >, 2);

  pdf = vigil_report_render_handout (deck, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pdf);

  if (!have_poppler ())
    return;

  assert_handout (deck, pdf);

  if (pdfinfo != NULL)
    {
      g_autofree char *info = run_on_pdf ("pdfinfo", pdf);
      g_autofree char *title = g_strdup_printf ("Title: %s\n",
                                                vigil_slide_deck_get_slide (deck, 0)->title);
      g_autofree char *squeezed = squeeze (title);
      g_autofree char *flat = squeeze (info);

      g_assert_nonnull (strstr (flat, squeezed));
      g_assert_nonnull (strstr (flat, "Creator: Vigil "));
    }
}

/* A handout of one guideline still has a title page and the guideline's page. */
static void
test_guideline (void)
{
  g_autoptr(VigilSlideDeck) deck = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;

  deck = vigil_slide_deck_new_for_id (catalog, "consumer.passwords", &error);
  g_assert_no_error (error);
  pdf = vigil_report_render_handout (deck, &error);
  g_assert_no_error (error);

  if (have_poppler ())
    assert_handout (deck, pdf);
}

/* A lesson without guidelines is one page that says so. */
static void
test_empty (void)
{
  g_autoptr(VigilSlideDeck) deck = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;

  deck = vigil_slide_deck_new (catalog, "Week 1 <basics> & more", NULL, &error);
  g_assert_no_error (error);
  pdf = vigil_report_render_handout (deck, &error);
  g_assert_no_error (error);

  if (!have_poppler ())
    return;

  text = run_on_pdf ("pdftotext", pdf);
  g_assert_cmpuint (count_pages (text), ==, 1);
  flat = squeeze (text);
  assert_contains (flat, "Week 1 <basics> & more");
  assert_contains (flat, vigil_slide_deck_get_label (deck, VIGIL_SLIDE_LABEL_EMPTY));
}

/* In German for a French desktop: German guidance, headings and page numbers, none of the
 * desktop's words. */
static void
test_other_language (void)
{
  g_autoptr(VigilSlideDeck) deck = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *french_steps = NULL;
  g_autofree char *french_page = NULL;

  if (localedir == NULL)
    {
      g_test_skip ("VIGIL_TEST_LOCALEDIR is not set");
      return;
    }

  g_setenv ("LANGUAGE", "fr", TRUE);
  setlocale (LC_ALL, "");
  french_steps = g_strdup (C_("slide", "Key steps"));
  french_page = g_strdup (_("Page %u of %u"));

  deck = vigil_slide_deck_new_for_id_in_language ("de", "consumer", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vigil_slide_deck_get_language (deck), ==, "de");
  pdf = vigil_report_render_handout (deck, &error);
  g_assert_no_error (error);

  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "");

  if (!have_poppler ())
    return;

  assert_handout (deck, pdf);
  text = run_on_pdf ("pdftotext", pdf);
  flat = squeeze (text);

  /* "Passwörter … einzigartige": the German guidance. */
  g_assert_nonnull (strstr (flat, "einzigartige"));

  /* The deck's headings, which are German wherever the translation has them. */
  if (g_strcmp0 (vigil_slide_deck_get_label (deck, VIGIL_SLIDE_LABEL_KEY_STEPS), "Key steps") != 0)
    g_assert_null (strstr (flat, "Key steps"));
  if (g_strcmp0 (vigil_slide_deck_get_label (deck, VIGIL_SLIDE_LABEL_KEY_STEPS), french_steps) != 0)
    g_assert_null (strstr (flat, french_steps));
  if (g_strcmp0 (vigil_slide_deck_get_label (deck, VIGIL_SLIDE_LABEL_PAGE), french_page) != 0)
    {
      g_autofree char *footer = NULL;

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      footer = g_strdup_printf (french_page, 1, count_pages (text));
#pragma GCC diagnostic pop
      g_assert_null (strstr (flat, footer));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  localedir = g_getenv ("VIGIL_TEST_LOCALEDIR");
  if (localedir != NULL)
    {
      bindtextdomain (GETTEXT_PACKAGE, localedir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
    }

  catalog = vigil_catalog_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/handout/section", test_section);
  g_test_add_func ("/handout/guideline", test_guideline);
  g_test_add_func ("/handout/empty", test_empty);
  g_test_add_func ("/handout/other-language", test_other_language);

  status = g_test_run ();
  g_clear_object (&catalog);

  return status;
}
