/* vigil-onboarding.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-onboarding"

#include "config.h"

#include <glib/gi18n.h>

#include "vigil-onboarding.h"
#include "vigil-page-util.h"

/* The questions that fit guidance to a profile, asked once at first start and again from
 * Profile Settings. The answers only ever narrow what is counted and suggested: skipping
 * a question, or the whole flow, leaves every guideline in. */

typedef struct
{
  const char *id;
  const char *label;
} Platform;

static const Platform platforms[] = {
  { "windows", N_("Windows") },
  { "macos", N_("macOS") },
  { "gnome", N_("Linux") },
  { "android", N_("Android Phones or Tablets") },
  { "ios", N_("iPhone or iPad") },
};

typedef struct
{
  const char *condition;
  /* NULL where the question does not fit that kind of profile */
  const char *household;
  const char *organization;
  const char *subtitle;
} Question;

static const Question questions[] = {
  { "children", N_("Children at Home"), NULL,
    N_("Parental controls and safe settings for young people") },
  { "home-working", N_("Working From Home"), N_("Staff Working From Home"),
    N_("Work devices on a home network") },
  { "router", N_("A Wi-Fi Router of Your Own"), N_("A Router or Wi-Fi Network of Your Own"),
    N_("Not one run by a landlord, a shared office or a hotel") },
  { "website", NULL, N_("A Website or Online Shop"),
    N_("Including one that someone else hosts for you") },
  { "card-payments", NULL, N_("Card Payments"),
    N_("Taken in person, by phone or online") },
  { "cloud", N_("Cloud Storage or Email"), N_("Cloud Services"),
    N_("Such as Microsoft 365, Google Workspace, iCloud or Dropbox") },
};

/* The combo row's choices, as head counts: the lower end of each range. */
static const int employee_counts[] = { 1, 2, 10, 50 };

struct _VigilOnboarding
{
  AdwWindow            parent_instance;

  VigilContext        *context;
  VigilOnboardingMode  mode;
  VigilAnswers        *answers;
  gboolean             name_edited;
  gboolean             finished;

  /* Template widgets */
  GtkButton           *back_button;
  GtkButton           *next_button;
  AdwCarousel         *carousel;
  GtkWidget           *purpose_page;
  GtkWidget           *name_page;
  GtkWidget           *devices_page;
  GtkWidget           *situation_page;
  GtkCheckButton      *household_check;
  GtkCheckButton      *organization_check;
  GtkCheckButton      *demonstration_check;
  GtkLabel            *name_title;
  GtkLabel            *name_description;
  AdwEntryRow         *name_row;
  GtkListBox          *devices_list;
  GtkListBox          *situation_list;
  AdwComboRow         *employees_row;

  GtkSwitch           *platform_switches[G_N_ELEMENTS (platforms)];
  AdwActionRow        *question_rows[G_N_ELEMENTS (questions)];
  GtkSwitch           *question_switches[G_N_ELEMENTS (questions)];
};

G_DEFINE_FINAL_TYPE (VigilOnboarding, vigil_onboarding, ADW_TYPE_WINDOW)

enum {
  PROFILE_CREATED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static VigilPurpose
get_purpose (VigilOnboarding *self)
{
  if (gtk_check_button_get_active (self->organization_check))
    return VIGIL_PURPOSE_ORGANIZATION;
  if (gtk_check_button_get_active (self->demonstration_check))
    return VIGIL_PURPOSE_DEMONSTRATION;
  return VIGIL_PURPOSE_HOUSEHOLD;
}

static guint
get_position (VigilOnboarding *self)
{
  return (guint) (adw_carousel_get_position (self->carousel) + 0.5);
}

/* A demonstration shows everything, so it asks nothing beyond a name. */
static guint
get_n_pages (VigilOnboarding *self)
{
  guint n = adw_carousel_get_n_pages (self->carousel);

  return get_purpose (self) == VIGIL_PURPOSE_DEMONSTRATION ? n - 2 : n;
}

static char *
dup_name (VigilOnboarding *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
}

static void
update_buttons (VigilOnboarding *self)
{
  guint position = get_position (self);
  gboolean last = position + 1 >= get_n_pages (self);
  GtkWidget *page = adw_carousel_get_nth_page (self->carousel, position);
  g_autofree char *name = dup_name (self);

  if (position > 0)
    gtk_button_set_label (self->back_button, _("_Back"));
  else if (self->mode != VIGIL_ONBOARDING_FIRST_RUN)
    gtk_button_set_label (self->back_button, _("_Cancel"));
  else
    /* Translators: leaves the first-start questions; all guidance is then shown */
    gtk_button_set_label (self->back_button, _("_Skip"));

  if (!last)
    gtk_button_set_label (self->next_button, _("_Next"));
  else if (self->mode == VIGIL_ONBOARDING_EDIT)
    gtk_button_set_label (self->next_button, _("_Save"));
  else if (self->mode == VIGIL_ONBOARDING_NEW_PROFILE)
    gtk_button_set_label (self->next_button, _("C_reate"));
  else
    gtk_button_set_label (self->next_button, _("_Start"));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "onboarding.next",
                                 page != self->name_page || *name != '\0');
}

/* Fits the name page and the questions to who Vigil is for. */
static void
update_for_purpose (VigilOnboarding *self)
{
  VigilPurpose purpose = get_purpose (self);
  gboolean organization = purpose == VIGIL_PURPOSE_ORGANIZATION;

  switch (purpose)
    {
    case VIGIL_PURPOSE_ORGANIZATION:
      gtk_label_set_label (self->name_title, _("What Is Your Organization Called?"));
      gtk_label_set_label (self->name_description,
                           _("The name appears in the profile menu and on reports."));
      break;
    case VIGIL_PURPOSE_DEMONSTRATION:
      gtk_label_set_label (self->name_title, _("Name This Demonstration"));
      gtk_label_set_label (self->name_description,
                           _("For example the name of the course. All guidance is shown."));
      break;
    case VIGIL_PURPOSE_HOUSEHOLD:
    case VIGIL_PURPOSE_UNSET:
    default:
      gtk_label_set_label (self->name_title, _("Name This Profile"));
      gtk_label_set_label (self->name_description,
                           _("For example your family's name. It appears in the profile menu."));
      break;
    }

  if (!self->name_edited && self->mode == VIGIL_ONBOARDING_FIRST_RUN)
    {
      const char *suggestion = purpose == VIGIL_PURPOSE_DEMONSTRATION ? _("Demonstration")
                               : purpose == VIGIL_PURPOSE_HOUSEHOLD ? C_("profile name", "Home") : "";

      gtk_editable_set_text (GTK_EDITABLE (self->name_row), suggestion);
      self->name_edited = FALSE;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->employees_row), organization);
  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    {
      const char *title = organization ? questions[i].organization : questions[i].household;

      gtk_widget_set_visible (GTK_WIDGET (self->question_rows[i]), title != NULL);
      if (title != NULL)
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->question_rows[i]), _(title));
    }

  update_buttons (self);
}

static void
on_purpose_toggled_cb (VigilOnboarding *self,
                       GtkCheckButton  *check)
{
  if (gtk_check_button_get_active (check))
    update_for_purpose (self);
}

static void
on_name_changed_cb (VigilOnboarding *self)
{
  self->name_edited = TRUE;
  update_buttons (self);
}

static void
on_page_changed_cb (VigilOnboarding *self,
                    guint            index)
{
  GtkWidget *page = adw_carousel_get_nth_page (self->carousel, index);

  update_buttons (self);
  /* Keyboard users land on the page's first question, not on a button they just used. */
  if (page == self->name_page)
    gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static VigilAnswers *
collect_answers (VigilOnboarding *self)
{
  VigilAnswers *answers = vigil_answers_copy (self->answers);
  VigilPurpose purpose = self->mode == VIGIL_ONBOARDING_EDIT
                         ? vigil_answers_get_purpose (self->answers) : get_purpose (self);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) chosen = NULL;
  gboolean organization;

  if (purpose == VIGIL_PURPOSE_UNSET)
    purpose = vigil_context_get_profile_kind (self->context) == VIGIL_PROFILE_ORGANIZATION
              ? VIGIL_PURPOSE_ORGANIZATION : VIGIL_PURPOSE_HOUSEHOLD;
  organization = purpose == VIGIL_PURPOSE_ORGANIZATION;
  vigil_answers_set_purpose (answers, purpose);

  if (purpose == VIGIL_PURPOSE_DEMONSTRATION)
    {
      /* A trainer shows every situation and every device. */
      for (guint i = 0; i < G_N_ELEMENTS (platforms); i++)
        g_strv_builder_add (builder, platforms[i].id);
      for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
        vigil_answers_set (answers, questions[i].condition, TRUE);
      vigil_answers_set_employees (answers, employee_counts[2]);
    }
  else
    {
      for (guint i = 0; i < G_N_ELEMENTS (platforms); i++)
        if (gtk_switch_get_active (self->platform_switches[i]))
          g_strv_builder_add (builder, platforms[i].id);
      for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
        if ((organization ? questions[i].organization : questions[i].household) != NULL)
          vigil_answers_set (answers, questions[i].condition,
                             gtk_switch_get_active (self->question_switches[i]));
      if (organization)
        vigil_answers_set_employees (answers,
                                     employee_counts[adw_combo_row_get_selected (self->employees_row)]);
    }

  chosen = g_strv_builder_end (builder);
  vigil_answers_set_platforms (answers, (const char * const *) chosen);

  return answers;
}

static void
show_error (VigilOnboarding *self,
            const GError    *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                              _("The Answers Could Not Be Saved"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
finish (VigilOnboarding *self)
{
  g_autoptr(VigilAnswers) answers = collect_answers (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = dup_name (self);
  VigilProfileKind kind = vigil_context_get_profile_kind (self->context);

  if (self->mode != VIGIL_ONBOARDING_EDIT)
    kind = get_purpose (self) == VIGIL_PURPOSE_ORGANIZATION ? VIGIL_PROFILE_ORGANIZATION
                                                            : VIGIL_PROFILE_HOUSEHOLD;

  if (self->mode == VIGIL_ONBOARDING_NEW_PROFILE)
    {
      g_autofree char *json = vigil_answers_to_json (answers);
      gint64 profile_id = vigil_profile_store_create (vigil_context_get_profile_store (self->context),
                                                      name, kind, json, &error);

      if (profile_id < 0)
        {
          show_error (self, error);
          return;
        }
      self->finished = TRUE;
      g_signal_emit (self, signals [PROFILE_CREATED], 0, profile_id);
    }
  else if (!vigil_context_setup_profile (self->context, name, kind, answers, &error))
    {
      show_error (self, error);
      return;
    }

  self->finished = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VigilOnboarding *self = VIGIL_ONBOARDING (widget);
  guint position = get_position (self);

  if (position + 1 >= get_n_pages (self))
    finish (self);
  else
    adw_carousel_scroll_to (self->carousel,
                            adw_carousel_get_nth_page (self->carousel, position + 1), TRUE);
}

static void
on_name_activated_cb (VigilOnboarding *self)
{
  g_autofree char *name = dup_name (self);

  if (*name != '\0')
    next_action (GTK_WIDGET (self), "onboarding.next", NULL);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VigilOnboarding *self = VIGIL_ONBOARDING (widget);
  guint position = get_position (self);

  if (position == 0)
    gtk_window_close (GTK_WINDOW (self));
  else
    adw_carousel_scroll_to (self->carousel,
                            adw_carousel_get_nth_page (self->carousel, position - 1), TRUE);
}

static gboolean
vigil_onboarding_close_request (GtkWindow *window)
{
  VigilOnboarding *self = VIGIL_ONBOARDING (window);

  /* Skipped at first start: remember that it was asked, so it is not asked at every start;
   * with no other answers, all guidance stays in. */
  if (self->mode == VIGIL_ONBOARDING_FIRST_RUN && !self->finished)
    {
      g_autoptr(VigilAnswers) answers = vigil_answers_copy (self->answers);
      g_autoptr(GError) error = NULL;

      vigil_answers_set_purpose (answers, VIGIL_PURPOSE_HOUSEHOLD);
      if (!vigil_context_set_answers (self->context, answers, &error))
        g_warning ("Could not record that the first-start questions were skipped: %s",
                   error->message);
    }

  return GTK_WINDOW_CLASS (vigil_onboarding_parent_class)->close_request (window);
}

static AdwActionRow *
add_switch_row (GtkListBox  *list,
                const char  *title,
                const char  *subtitle,
                gboolean     active,
                GtkSwitch  **out_switch)
{
  GtkWidget *row = vigil_page_new_switch_row (title, subtitle, out_switch);

  gtk_switch_set_active (*out_switch, active);
  gtk_list_box_append (list, row);

  return ADW_ACTION_ROW (row);
}

/* Builds the device and situation rows, set from the stored answers: an unanswered
 * question starts at "yes" for devices (nothing hidden) and at "no" otherwise. */
static void
build_questions (VigilOnboarding *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (platforms); i++)
    {
      const char * const *chosen = vigil_answers_get_platforms (self->answers);

      add_switch_row (self->devices_list, _(platforms[i].label), NULL,
                      chosen == NULL || g_strv_contains (chosen, platforms[i].id),
                      &self->platform_switches[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    self->question_rows[i] =
      add_switch_row (self->situation_list,
                      _(questions[i].household != NULL ? questions[i].household
                                                       : questions[i].organization),
                      _(questions[i].subtitle),
                      vigil_answers_get (self->answers, questions[i].condition) == VIGIL_ANSWER_YES,
                      &self->question_switches[i]);

  for (guint i = 0; i < G_N_ELEMENTS (employee_counts); i++)
    if (vigil_answers_get_employees (self->answers) >= employee_counts[i])
      adw_combo_row_set_selected (self->employees_row, i);
}

static void
vigil_onboarding_finalize (GObject *object)
{
  VigilOnboarding *self = (VigilOnboarding *)object;

  g_clear_object (&self->context);
  g_clear_pointer (&self->answers, vigil_answers_free);

  G_OBJECT_CLASS (vigil_onboarding_parent_class)->finalize (object);
}

static void
vigil_onboarding_class_init (VigilOnboardingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->finalize = vigil_onboarding_finalize;
  window_class->close_request = vigil_onboarding_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vigil_app/Vigil/ui/vigil-onboarding.ui");
  gtk_widget_class_bind_template_child (widget_class, VigilOnboarding, back_button);
  gtk_widget_class_bind_template_child (widget_class, VigilOnboarding, next_button);
  gtk_widget_class_bind_template_child (widget_class, VigilOnboarding, carousel);
  gtk_widget_class_bind_template_child (widget_class, VigilOnboarding, purpose_page);
  gtk_widget_class_bind_template_child (widget_class, VigilOnboarding, name_page);
  gtk_widget_class_bind_template_child (widget_class, VigilOnboarding, devices_page);
  gtk_widget_class_bind_template_child (widget_class, VigilOnboarding, situation_page);
  gtk_widget_class_bind_template_child (widget_class, VigilOnboarding, household_check);
  gtk_widget_class_bind_template_child (widget_class, VigilOnboarding, organization_check);
  gtk_widget_class_bind_template_child (widget_class, VigilOnboarding, demonstration_check);
  gtk_widget_class_bind_template_child (widget_class, VigilOnboarding, name_title);
  gtk_widget_class_bind_template_child (widget_class, VigilOnboarding, name_description);
  gtk_widget_class_bind_template_child (widget_class, VigilOnboarding, name_row);
  gtk_widget_class_bind_template_child (widget_class, VigilOnboarding, devices_list);
  gtk_widget_class_bind_template_child (widget_class, VigilOnboarding, situation_list);
  gtk_widget_class_bind_template_child (widget_class, VigilOnboarding, employees_row);
  gtk_widget_class_bind_template_callback (widget_class, on_purpose_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed_cb);

  /**
   * VigilOnboarding::profile-created:
   * @profile_id: the new profile
   *
   * In %VIGIL_ONBOARDING_NEW_PROFILE mode, the profile has been made; showing it is up
   * to the handler.
   */
  signals [PROFILE_CREATED] =
    g_signal_new ("profile-created",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "onboarding.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "onboarding.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "onboarding.back", NULL);
}

static void
vigil_onboarding_init (VigilOnboarding *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vigil_onboarding_new:
 * @parent: the window it belongs to
 * @mode: first start, or changing the current profile's answers
 *
 * Returns: (transfer none): the window, not yet shown
 */
VigilOnboarding *
vigil_onboarding_new (GtkWindow           *parent,
                      VigilContext        *context,
                      VigilOnboardingMode  mode)
{
  VigilOnboarding *self;
  g_autoptr(VigilProfile) profile = NULL;

  g_return_val_if_fail (VIGIL_IS_CONTEXT (context), NULL);

  self = g_object_new (VIGIL_TYPE_ONBOARDING, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  self->mode = mode;
  self->answers = mode == VIGIL_ONBOARDING_NEW_PROFILE
                  ? vigil_answers_new () : vigil_answers_copy (vigil_context_get_answers (context));
  build_questions (self);
  if (mode == VIGIL_ONBOARDING_NEW_PROFILE)
    gtk_window_set_title (GTK_WINDOW (self), _("New Profile"));

  if (mode == VIGIL_ONBOARDING_EDIT)
    {
      profile = vigil_profile_store_lookup (vigil_context_get_profile_store (context),
                                            vigil_context_get_profile_id (context), NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Profile Settings"));
      adw_carousel_remove (self->carousel, self->purpose_page);
      gtk_check_button_set_active (vigil_context_get_profile_kind (context)
                                   == VIGIL_PROFILE_ORGANIZATION
                                   ? self->organization_check : self->household_check, TRUE);
      if (profile != NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->name_row), vigil_profile_get_name (profile));
      /* A demonstration's answers are all "yes"; here its questions can be narrowed. */
      if (vigil_answers_get_purpose (self->answers) == VIGIL_PURPOSE_DEMONSTRATION)
        vigil_answers_set_purpose (self->answers, VIGIL_PURPOSE_HOUSEHOLD);
    }

  update_for_purpose (self);
  self->name_edited = mode == VIGIL_ONBOARDING_EDIT;

  return self;
}

/**
 * vigil_onboarding_get_page:
 *
 * Returns: which page is shown: "purpose", "name", "devices" or "situation"
 */
const char *
vigil_onboarding_get_page (VigilOnboarding *self)
{
  GtkWidget *page;

  g_return_val_if_fail (VIGIL_IS_ONBOARDING (self), NULL);

  page = adw_carousel_get_nth_page (self->carousel, get_position (self));
  if (page == self->purpose_page)
    return "purpose";
  if (page == self->name_page)
    return "name";
  if (page == self->devices_page)
    return "devices";
  return "situation";
}

/**
 * vigil_onboarding_needed:
 *
 * Returns: whether this is a first start: one profile, and it was never asked who it is for
 */
gboolean
vigil_onboarding_needed (VigilContext *context)
{
  g_autoptr(GPtrArray) profiles = NULL;

  g_return_val_if_fail (VIGIL_IS_CONTEXT (context), FALSE);

  if (vigil_answers_get_purpose (vigil_context_get_answers (context)) != VIGIL_PURPOSE_UNSET)
    return FALSE;

  profiles = vigil_profile_store_list (vigil_context_get_profile_store (context), TRUE, NULL);
  return profiles != NULL && profiles->len == 1;
}
