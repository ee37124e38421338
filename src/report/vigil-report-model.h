/* vigil-report-model.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vigil-context.h"

G_BEGIN_DECLS

/* What a report says about one profile, gathered once and read by every writer (CSV, HTML,
 * PDF), so that the three can never disagree. Everything is copied: the model outlives
 * changes to the database and needs no context to be read. */

/**
 * VigilReportItem:
 * @id: the checklist item id ("custom.<n>" for the profile's own steps)
 * @title: what to do, translated
 * @custom: whether the profile added it itself
 * @state: where it stands; items nobody touched get a fresh "to do" state
 * @review_due: when a done, recurring item must be checked again (µs), or 0
 * @evidence: (element-type utf8): what shows it was done, one line each
 */
typedef struct
{
  char           *id;
  char           *title;
  gboolean        custom;
  VigilItemState *state;
  gint64          review_due;
  GPtrArray      *evidence;
} VigilReportItem;

/**
 * VigilReportGuideline:
 * @id: (nullable): the guideline id; %NULL for the profile's own list of steps
 * @title: its title, translated
 * @references: (element-type utf8): how the standards it draws on are cited
 * @items: (element-type VigilReportItem): its applicable items, then the profile's own
 */
typedef struct
{
  char      *id;
  char      *title;
  GPtrArray *references;
  GPtrArray *items;
} VigilReportGuideline;

/**
 * VigilReportSection:
 * @progress: counted like the dashboard: catalog items only, not the profile's own steps
 */
typedef struct
{
  char          *id;
  char          *title;
  VigilProgress  progress;
  GPtrArray     *guidelines;
} VigilReportSection;

typedef enum
{
  VIGIL_REPORT_COVERAGE_NONE,
  VIGIL_REPORT_COVERAGE_PARTIAL,
  VIGIL_REPORT_COVERAGE_FULL,
} VigilReportCoverage;

/**
 * VigilReportControl:
 * @n_items: the applicable items (not marked "not applicable") of the guidelines citing it
 * @n_done: how many of those are done
 * @coverage: full when every one of them is done, partial when some are
 */
typedef struct
{
  char                *id;
  char                *title;
  guint                n_guidelines;
  guint                n_items;
  guint                n_done;
  VigilReportCoverage  coverage;
} VigilReportControl;

/**
 * VigilReportFramework:
 * @controls: (element-type VigilReportControl): the controls the profile's guidelines cite,
 *   in the framework's own order
 */
typedef struct
{
  const char *scheme;
  char       *name;
  GPtrArray  *controls;
  guint       n_full;
  guint       n_partial;
} VigilReportFramework;

typedef struct
{
  char             *profile_name;
  VigilProfileKind  kind;
  GDateTime        *date;
  VigilProgress     progress;
  GPtrArray        *sections;
  GPtrArray        *frameworks;
} VigilReportModel;

VigilReportModel *vigil_report_model_new            (VigilContext      *context,
                                                     gint64             profile_id,
                                                     GError           **error);
void              vigil_report_model_free           (VigilReportModel  *self);

/* vigil-report-frameworks.c */
void              _vigil_report_model_add_frameworks (VigilReportModel  *self,
                                                      VigilCatalog      *catalog);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VigilReportModel, vigil_report_model_free)

G_END_DECLS
