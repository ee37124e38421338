/* vigil-report-frameworks.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-report"

#include "config.h"

#include "vigil-report-model.h"

/* The frameworks auditors and insurers ask about. Their names are proper names, the same in
 * every language, so they are not translated. */
static const struct {
  const char *scheme;
  const char *name;
} frameworks[] = {
  { "iso27002-2022", "ISO/IEC 27002:2022" },
  { "nist-csf-2.0", "NIST CSF 2.0" },
  { "cis-v8", "CIS Controls v8" },
  { "cyber-essentials", "Cyber Essentials" },
};

typedef struct
{
  guint n_guidelines;
  guint n_items;
  guint n_done;
} Tally;

static void
control_free (VigilReportControl *control)
{
  g_free (control->id);
  g_free (control->title);
  g_free (control);
}

static void
framework_free (VigilReportFramework *framework)
{
  g_free (framework->name);
  g_clear_pointer (&framework->controls, g_ptr_array_unref);
  g_free (framework);
}

/* A guideline's items count towards every control it cites; the profile's own steps do
 * not, since no framework knows them. */
static void
tally_guideline (GHashTable           *tallies,
                 const char           *control_id,
                 VigilReportGuideline *guideline)
{
  Tally *tally = g_hash_table_lookup (tallies, control_id);

  if (tally == NULL)
    {
      tally = g_new0 (Tally, 1);
      g_hash_table_insert (tallies, g_strdup (control_id), tally);
    }

  tally->n_guidelines++;
  for (guint i = 0; i < guideline->items->len; i++)
    {
      VigilReportItem *item = g_ptr_array_index (guideline->items, i);

      if (item->custom || item->state->status == VIGIL_ITEM_STATUS_NOT_APPLICABLE)
        continue;
      tally->n_items++;
      if (item->state->status == VIGIL_ITEM_STATUS_DONE)
        tally->n_done++;
    }
}

static VigilReportFramework *
collect_framework (VigilReportModel *self,
                   VigilCatalog     *catalog,
                   const char       *scheme,
                   const char       *name)
{
  g_autoptr(GHashTable) tallies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GPtrArray *all;
  VigilReportFramework *framework;

  for (guint s = 0; s < self->sections->len; s++)
    {
      VigilReportSection *section = g_ptr_array_index (self->sections, s);

      for (guint g = 0; g < section->guidelines->len; g++)
        {
          VigilReportGuideline *guideline = g_ptr_array_index (section->guidelines, g);
          VigilGuideline *source;
          GListModel *references;

          if (guideline->id == NULL)
            continue;
          source = vigil_catalog_lookup_guideline (catalog, guideline->id);
          g_assert (source != NULL);
          references = vigil_guideline_get_references (source);

          for (guint r = 0; r < g_list_model_get_n_items (references); r++)
            {
              g_autoptr(VigilReference) reference = g_list_model_get_item (references, r);

              if (g_str_equal (vigil_reference_get_scheme (reference), scheme))
                tally_guideline (tallies, vigil_reference_get_id (reference), guideline);
            }
        }
    }

  framework = g_new0 (VigilReportFramework, 1);
  framework->scheme = scheme;
  framework->name = g_strdup (name);
  framework->controls = g_ptr_array_new_with_free_func ((GDestroyNotify)control_free);

  /* In the framework's own order, which is how its readers look things up. */
  all = vigil_reference_registry_list (vigil_catalog_get_references (catalog), scheme);
  for (guint i = 0; all != NULL && i < all->len; i++)
    {
      VigilReference *reference = g_ptr_array_index (all, i);
      Tally *tally = g_hash_table_lookup (tallies, vigil_reference_get_id (reference));
      VigilReportControl *control;

      if (tally == NULL)
        continue;

      control = g_new0 (VigilReportControl, 1);
      control->id = g_strdup (vigil_reference_get_id (reference));
      control->title = g_strdup (vigil_reference_get_title (reference));
      control->n_guidelines = tally->n_guidelines;
      control->n_items = tally->n_items;
      control->n_done = tally->n_done;
      if (tally->n_items > 0 && tally->n_done == tally->n_items)
        control->coverage = VIGIL_REPORT_COVERAGE_FULL;
      else if (tally->n_done > 0)
        control->coverage = VIGIL_REPORT_COVERAGE_PARTIAL;
      else
        control->coverage = VIGIL_REPORT_COVERAGE_NONE;

      if (control->coverage == VIGIL_REPORT_COVERAGE_FULL)
        framework->n_full++;
      else if (control->coverage == VIGIL_REPORT_COVERAGE_PARTIAL)
        framework->n_partial++;
      g_ptr_array_add (framework->controls, control);
    }

  return framework;
}

/* A control is covered when every applicable item of the guidelines that cite it is done:
 * strict, because a report may be shown to an auditor, and "partly" says the rest. */
void
_vigil_report_model_add_frameworks (VigilReportModel *self,
                                    VigilCatalog     *catalog)
{
  g_assert (self != NULL);
  g_assert (VIGIL_IS_CATALOG (catalog));

  self->frameworks = g_ptr_array_new_with_free_func ((GDestroyNotify)framework_free);
  for (guint i = 0; i < G_N_ELEMENTS (frameworks); i++)
    g_ptr_array_add (self->frameworks,
                     collect_framework (self, catalog, frameworks[i].scheme, frameworks[i].name));
}
