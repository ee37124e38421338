/* vigil-report-pdf.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "vigil-report.h"
#include "vigil-report-layout-private.h"
#include "vigil-report-paper.h"

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/* The PDF's outline lists the report's parts, so a reader can jump to a section. */
static void
add_outline (VigilReportLayout *layout,
             cairo_surface_t   *surface)
{
  guint n = _vigil_report_layout_get_n_outline (layout);

  for (guint i = 0; i < n; i++)
    {
      guint page = 0;
      const char *text = _vigil_report_layout_get_outline (layout, i, &page);
      g_autofree char *link = NULL;

      if (text == NULL)
        continue;
      link = g_strdup_printf ("page=%u", page + 1);
      cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, text, link, 0);
    }
}

/* Draws every page of @layout into a PDF, with its metadata and outline. */
GBytes *
_vigil_report_layout_write_pdf (VigilReportLayout  *layout,
                                GError            **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autofree char *created = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;

  _vigil_report_layout_get_page_size (layout, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_cb, bytes, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  _vigil_report_layout_get_title (layout));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Vigil");
  /* The report's date, not the clock's: a report made again from the same data on the
   * same day is the same file. */
  created = g_date_time_format (_vigil_report_layout_get_date (layout), "%Y-%m-%dT%H:%M:%S%:z");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, created);

  cr = cairo_create (surface);
  for (guint page = 0; page < vigil_report_layout_get_n_pages (layout); page++)
    {
      vigil_report_layout_draw_page (layout, cr, page);
      cairo_show_page (cr);
    }
  add_outline (layout, surface);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The PDF report could not be made: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * vigil_report_render_pdf:
 * @profile_id: the profile to report on; it need not be the current one
 *
 * The printed report as a PDF, on the paper of the locale (A4, or US Letter where that is
 * used), drawn from the same #VigilReportLayout as a printout.
 *
 * Returns: (transfer full): the file's bytes, or %NULL with @error set
 */
GBytes *
vigil_report_render_pdf (VigilContext  *context,
                         gint64         profile_id,
                         GError       **error)
{
  g_autoptr(VigilReportLayout) layout = NULL;
  double width, height;

  g_return_val_if_fail (VIGIL_IS_CONTEXT (context), NULL);

  vigil_report_paper_get_default (&width, &height);
  layout = vigil_report_layout_new (context, profile_id, width, height, error);
  if (layout == NULL)
    return NULL;

  return _vigil_report_layout_write_pdf (layout, error);
}

/**
 * vigil_report_render_handout:
 * @deck: the lesson, in the language of its audience
 *
 * The trainer's handout: the lesson's slides as a PDF to give to the people attending, with
 * an empty box before each key step to tick on paper. It is drawn like the report (type,
 * margins, page numbers, the locale's paper) but holds only the deck's catalog text, in the
 * deck's language: nothing of any profile.
 *
 * Returns: (transfer full): the file's bytes, or %NULL with @error set
 */
GBytes *
vigil_report_render_handout (VigilSlideDeck  *deck,
                             GError         **error)
{
  g_autoptr(VigilReportLayout) layout = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const VigilSlide *title_slide;
  double width, height;

  g_return_val_if_fail (VIGIL_IS_SLIDE_DECK (deck), NULL);

  title_slide = vigil_slide_deck_get_slide (deck, 0);
  vigil_report_paper_get_default (&width, &height);
  layout = _vigil_report_layout_new (width, height, title_slide->title, now,
                                     vigil_slide_deck_get_label (deck, VIGIL_SLIDE_LABEL_PAGE));
  _vigil_report_pages_build_handout (layout, deck);
  _vigil_report_layout_paginate (layout);

  return _vigil_report_layout_write_pdf (layout, error);
}
