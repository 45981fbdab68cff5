"use client";

import { useWatch } from "react-hook-form";
import { useActionForm, type EditFormProps } from "@/components/ui/use-action-submit";
import { ActionForm } from "@/components/ui/action-form";
import { SaveChangesRow } from "@/components/ui/button";
import { CheckboxField, CheckboxGroup, SelectField, TextAreaField, TextField, choicesOf } from "@/components/ui/field";
import { TimeZoneField } from "@/components/ui/time-zone-field";
import Link from "next/link";
import {
  diversityAttributeLabels,
  diversityAttributes,
  genderLabels,
  genders,
  meetingFormatLabels,
  meetingFormats,
  shareableBioFields,
  shareableBioLabels,
  dayParts,
  generationLabels,
  generations,
  goalReasons,
  goalReasonTitles,
  learningStyleDescriptions,
  learningStyles,
  profileSchema,
  weekdays,
  type ProfileInput,
} from "@/lib/profiles/schemas";

const dayNames: Record<(typeof weekdays)[number], string> = {
  MON: "Mon",
  TUE: "Tue",
  WED: "Wed",
  THU: "Thu",
  FRI: "Fri",
  SAT: "Sat",
  SUN: "Sun",
};
const partNames: Record<(typeof dayParts)[number], string> = { AM: "Morning", PM: "Afternoon", EVE: "Evening" };

export function ProfileForm({ initial, skillNames, action }: EditFormProps<ProfileInput> & { skillNames: string[] }) {
  const { form, result, field, errors, isSubmitting, isDirty, onSubmit } = useActionForm(profileSchema, initial, action, {
    reset: { to: "values" },
  });
  const { register, control, setValue } = form;
  const consent = useWatch({ control, name: "sensitiveMatchingConsent" });
  const offered = useWatch({ control, name: "skillsOffered" });
  const wanted = useWatch({ control, name: "skillsWanted" });
  const addSkill = (field: "skillsOffered" | "skillsWanted", current: string, skill: string) => {
    const items = current
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (!items.some((s) => s.toLowerCase() === skill.toLowerCase()))
      setValue(field, [...items, skill].join(", "), { shouldDirty: true });
  };

  return (
    <ActionForm onSubmit={onSubmit} result={result} className="space-y-5">
      <TextField label="Headline" placeholder="e.g. Product manager moving into leadership" {...field("headline")} />
      <TextAreaField
        label="Bio"
        hint="What you do, what you have learned, and what you hope to get from mentoring."
        {...field("bio")}
      />
      <TextField label="Years of experience" inputMode="numeric" className="max-w-32" {...field("yearsExperience")} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField label="Skills I can teach" hint="Separate with commas." {...field("skillsOffered")} />
        <TextField label="Skills I want to learn" hint="Separate with commas." {...field("skillsWanted")} />
        {skillNames.length > 0 && (
          <div className="sm:col-span-2">
            <p className="text-xs text-slate-500">
              Skills from your organisation&rsquo;s list (add to what you teach, or to what you want to learn):
            </p>
            <ul className="mt-1 flex flex-wrap gap-1.5">
              {skillNames.map((skill) => (
                <li key={skill} className="flex overflow-hidden rounded-full text-xs ring-1 ring-slate-200">
                  <span className="bg-white px-2 py-0.5 text-slate-700">{skill}</span>
                  <button
                    type="button"
                    aria-label={`Add ${skill} to skills I can teach`}
                    onClick={() => addSkill("skillsOffered", String(offered ?? ""), skill)}
                    className="bg-slate-50 px-1.5 text-brand-700 hover:bg-brand-50"
                  >
                    teach
                  </button>
                  <button
                    type="button"
                    aria-label={`Add ${skill} to skills I want to learn`}
                    onClick={() => addSkill("skillsWanted", String(wanted ?? ""), skill)}
                    className="bg-slate-50 px-1.5 text-brand-700 hover:bg-brand-50"
                  >
                    learn
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <TextField label="Interests and hobbies" hint="Shared interests help pairs connect." {...field("interests")} />
        <TextField label="Languages" hint="Pairs need at least one language in common." {...field("languages")} />
      </div>
      <CheckboxGroup
        id="goalReasons"
        legend="Mentoring goals"
        hint="As a mentee: why you want a mentor. As a mentor: what you can help others with."
        choices={choicesOf(goalReasons, goalReasonTitles)}
        box="grid gap-2 sm:grid-cols-2"
        error={errors.goalReasons?.message}
        inputProps={register("goalReasons")}
      />
      <TextAreaField
        label="My goals, in my own words"
        hint="As a mentee: what you want to achieve, and by when. As a mentor: goals you have helped others reach."
        {...field("goalsText")}
      />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">When you can usually meet</legend>
        <p className="text-xs text-slate-500">In your own time zone. Pairs with common slots find it easier to keep meeting.</p>
        <div className="mt-2 overflow-x-auto">
          <table className="text-sm">
            <caption className="sr-only">Weekly availability</caption>
            <thead>
              <tr>
                <th scope="col" className="sr-only">
                  Time of day
                </th>
                {weekdays.map((day) => (
                  <th key={day} scope="col" className="px-2 pb-1 text-xs font-medium text-slate-500">
                    {dayNames[day]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {dayParts.map((part) => (
                <tr key={part}>
                  <th scope="row" className="pr-3 text-left text-xs font-medium text-slate-600">
                    {partNames[part]}
                  </th>
                  {weekdays.map((day) => (
                    <td key={day} className="px-2 py-1 text-center">
                      <input
                        type="checkbox"
                        value={`${day}_${part}`}
                        aria-label={`${dayNames[day]} ${partNames[part].toLowerCase()}`}
                        className="h-4 w-4 rounded border-slate-300 text-brand-600"
                        {...register("availability")}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </fieldset>
      <div className="grid gap-5 sm:grid-cols-3">
        <TextField label="Location" {...field("location")} />
        <TimeZoneField
          label="Time zone"
          hint={
            initial.timeZone
              ? "Type a city to search, e.g. London or New York."
              : "Filled in from your browser: check it and save."
          }
          defaultToBrowser={
            initial.timeZone ? undefined : (zone) => setValue("timeZone", zone, { shouldDirty: true, shouldValidate: true })
          }
          {...field("timeZone")}
        />
        <SelectField
          label="Preferred way to meet"
          options={choicesOf(meetingFormats, meetingFormatLabels)}
          {...field("meetingFormat")}
        />
      </div>
      <p className="text-xs text-slate-500">
        Not sure how you learn best?{" "}
        <Link href="/me/profile/learning-style" className="font-medium text-brand-700 hover:underline">
          Take the two-minute questionnaire
        </Link>
        .
      </p>
      <SelectField
        label="How you learn best"
        hint="Pairs who learn alike, or complement each other, tend to click."
        blank="Not sure yet"
        options={choicesOf(learningStyles, learningStyleDescriptions)}
        {...field("learningStyle")}
      />
      <CheckboxGroup
        legend="When you mentor, your mentees see"
        choices={choicesOf(shareableBioFields, shareableBioLabels)}
        box="grid gap-2 sm:grid-cols-3"
        inputProps={register("sharedWithMentees")}
      />
      <fieldset className="rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
        <legend className="sr-only">Optional and private</legend>
        <p className="text-sm font-medium text-slate-800">Optional and private</p>
        <p className="text-xs text-slate-500">
          Never shown to other participants. Used for matching only in programmes that opt in, and only with your consent.
        </p>
        <CheckboxField
          className="mt-3"
          label="I agree that my answers below may be used for matching"
          {...register("sensitiveMatchingConsent")}
        />
        <div className="mt-3 grid gap-4 sm:grid-cols-3">
          <SelectField
            label="Generation"
            disabled={!consent}
            hint={consent ? undefined : "Give consent above to answer."}
            blank="Prefer not to say"
            options={choicesOf(generations, generationLabels)}
            {...field("generation")}
          />
          <SelectField
            label="Gender"
            disabled={!consent}
            blank="Prefer not to say"
            options={choicesOf(genders, genderLabels)}
            {...field("gender")}
          />
          <TextField label="Ethnicity" disabled={!consent} placeholder="Prefer not to say" {...field("ethnicity")} />
        </div>
        <CheckboxGroup
          className="mt-3"
          box="flex flex-wrap gap-4"
          disabled={!consent}
          legend="As a mentee, I would like my mentor to share my"
          choices={choicesOf(diversityAttributes, diversityAttributeLabels)}
          note="Only where your programme uses diversity preferences. Nobody is told which preference was met."
          inputProps={register("diversityPreferences")}
        />
      </fieldset>
      <SaveChangesRow pending={isSubmitting} changed={isDirty}>
        Save profile
      </SaveChangesRow>
    </ActionForm>
  );
}
