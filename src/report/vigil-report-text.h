/* vigil-report-text.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vigil-report-model.h"

G_BEGIN_DECLS

/* The words and formats every report shares, so CSV, HTML and PDF name things alike. */

typedef enum
{
  VIGIL_REPORT_LABEL_SECTION,
  VIGIL_REPORT_LABEL_GUIDELINE_ID,
  VIGIL_REPORT_LABEL_GUIDELINE,
  VIGIL_REPORT_LABEL_ITEM_ID,
  VIGIL_REPORT_LABEL_ITEM,
  VIGIL_REPORT_LABEL_STATUS,
  VIGIL_REPORT_LABEL_DONE,
  VIGIL_REPORT_LABEL_OWNER,
  VIGIL_REPORT_LABEL_DUE,
  VIGIL_REPORT_LABEL_REVIEW,
  VIGIL_REPORT_LABEL_NOTE,
  VIGIL_REPORT_LABEL_REASON,
  VIGIL_REPORT_LABEL_UNTIL,
  VIGIL_REPORT_LABEL_EVIDENCE,
  VIGIL_REPORT_LABEL_REFERENCES,
  VIGIL_REPORT_N_LABELS
} VigilReportLabel;

const char *vigil_report_label            (VigilReportLabel     label);
const char *vigil_report_status_label     (VigilItemStatus      status);
const char *vigil_report_kind_label       (VigilProfileKind     kind);
const char *vigil_report_coverage_label   (VigilReportCoverage  coverage);
char       *vigil_report_dup_title        (VigilReportModel    *model);
char       *vigil_report_dup_made_on      (VigilReportModel    *model);
char       *vigil_report_format_date      (const char          *iso_date);
char       *vigil_report_format_time      (gint64               usec);
char       *vigil_report_format_percent   (double               fraction);
char       *vigil_report_format_progress  (const VigilProgress *progress);
char       *vigil_report_format_framework (VigilReportFramework *framework);
char       *vigil_report_format_control   (VigilReportControl  *control);
const char *vigil_report_item_reason      (VigilReportItem     *item);
const char *vigil_report_item_until       (VigilReportItem     *item);

G_END_DECLS
