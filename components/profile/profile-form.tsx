"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { useActionSubmit } from "@/components/ui/use-action-submit";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { TimeZoneField } from "@/components/ui/time-zone-field";
import type { ActionResult } from "@/lib/action-result";
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
  type ProfileUpdate,
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

export function ProfileForm({
  initial,
  skillNames,
  action,
}: {
  initial: ProfileInput;
  skillNames: string[];
  action: (input: ProfileInput) => Promise<ActionResult>;
}) {
  const form = useForm<ProfileInput, unknown, ProfileUpdate>({ resolver: zodResolver(profileSchema), defaultValues: initial });
  const {
    register,
    handleSubmit,
    control,
    setValue,
    formState: { errors, isSubmitting, isDirty },
  } = form;
  const { result, submit: onSubmit } = useActionSubmit(form, action, { reset: { to: "values" } });
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
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
      {result && <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>}
      <TextField
        id="headline"
        label="Headline"
        placeholder="e.g. Product manager moving into leadership"
        error={errors.headline?.message}
        {...register("headline")}
      />
      <TextAreaField
        id="bio"
        label="Bio"
        hint="What you do, what you have learned, and what you hope to get from mentoring."
        error={errors.bio?.message}
        {...register("bio")}
      />
      <TextField
        id="yearsExperience"
        label="Years of experience"
        inputMode="numeric"
        className="max-w-32"
        error={errors.yearsExperience?.message}
        {...register("yearsExperience")}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          id="skillsOffered"
          label="Skills I can teach"
          hint="Separate with commas."
          error={errors.skillsOffered?.message}
          {...register("skillsOffered")}
        />
        <TextField
          id="skillsWanted"
          label="Skills I want to learn"
          hint="Separate with commas."
          error={errors.skillsWanted?.message}
          {...register("skillsWanted")}
        />
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
        <TextField
          id="interests"
          label="Interests and hobbies"
          hint="Shared interests help pairs connect."
          error={errors.interests?.message}
          {...register("interests")}
        />
        <TextField
          id="languages"
          label="Languages"
          hint="Pairs need at least one language in common."
          error={errors.languages?.message}
          {...register("languages")}
        />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Mentoring goals</legend>
        <p className="text-xs text-slate-500">As a mentee: why you want a mentor. As a mentor: what you can help others with.</p>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {goalReasons.map((reason) => (
            <label key={reason} className="flex items-center gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                value={reason}
                className="h-4 w-4 rounded border-slate-300 text-brand-600"
                {...register("goalReasons")}
              />
              {goalReasonTitles[reason]}
            </label>
          ))}
        </div>
        {errors.goalReasons && (
          <p role="alert" className="mt-1 text-xs font-medium text-red-700">
            {errors.goalReasons.message}
          </p>
        )}
      </fieldset>
      <TextAreaField
        id="goalsText"
        label="My goals, in my own words"
        hint="As a mentee: what you want to achieve, and by when. As a mentor: goals you have helped others reach."
        error={errors.goalsText?.message}
        {...register("goalsText")}
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
        <TextField id="location" label="Location" error={errors.location?.message} {...register("location")} />
        <TimeZoneField
          id="timeZone"
          label="Time zone"
          hint={
            initial.timeZone
              ? "Type a city to search, e.g. London or New York."
              : "Filled in from your browser: check it and save."
          }
          error={errors.timeZone?.message}
          defaultToBrowser={
            initial.timeZone ? undefined : (zone) => setValue("timeZone", zone, { shouldDirty: true, shouldValidate: true })
          }
          {...register("timeZone")}
        />
        <SelectField
          id="meetingFormat"
          label="Preferred way to meet"
          error={errors.meetingFormat?.message}
          {...register("meetingFormat")}
        >
          {meetingFormats.map((f) => (
            <option key={f} value={f}>
              {meetingFormatLabels[f]}
            </option>
          ))}
        </SelectField>
      </div>
      <p className="text-xs text-slate-500">
        Not sure how you learn best?{" "}
        <Link href="/me/profile/learning-style" className="font-medium text-brand-700 hover:underline">
          Take the two-minute questionnaire
        </Link>
        .
      </p>
      <SelectField
        id="learningStyle"
        label="How you learn best"
        hint="Pairs who learn alike, or complement each other, tend to click."
        error={errors.learningStyle?.message}
        {...register("learningStyle")}
      >
        <option value="">Not sure yet</option>
        {learningStyles.map((style) => (
          <option key={style} value={style}>
            {learningStyleDescriptions[style]}
          </option>
        ))}
      </SelectField>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">When you mentor, your mentees see</legend>
        <div className="mt-2 grid gap-2 text-sm sm:grid-cols-3">
          {shareableBioFields.map((field) => (
            <label key={field} className="flex items-center gap-2 text-slate-800">
              <input
                type="checkbox"
                value={field}
                className="h-4 w-4 rounded border-slate-300 text-brand-600"
                {...register("sharedWithMentees")}
              />
              {shareableBioLabels[field]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
        <legend className="sr-only">Optional and private</legend>
        <p className="text-sm font-medium text-slate-800">Optional and private</p>
        <p className="text-xs text-slate-500">
          Never shown to other participants. Used for matching only in programmes that opt in, and only with your consent.
        </p>
        <label className="mt-3 flex items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            className="h-4 w-4 rounded border-slate-300 text-brand-600"
            {...register("sensitiveMatchingConsent")}
          />
          I agree that my answers below may be used for matching
        </label>
        <div className="mt-3 grid gap-4 sm:grid-cols-3">
          <SelectField
            id="generation"
            label="Generation"
            disabled={!consent}
            hint={consent ? undefined : "Give consent above to answer."}
            error={errors.generation?.message}
            {...register("generation")}
          >
            <option value="">Prefer not to say</option>
            {generations.map((g) => (
              <option key={g} value={g}>
                {generationLabels[g]}
              </option>
            ))}
          </SelectField>
          <SelectField id="gender" label="Gender" disabled={!consent} error={errors.gender?.message} {...register("gender")}>
            <option value="">Prefer not to say</option>
            {genders.map((g) => (
              <option key={g} value={g}>
                {genderLabels[g]}
              </option>
            ))}
          </SelectField>
          <TextField
            id="ethnicity"
            label="Ethnicity"
            disabled={!consent}
            placeholder="Prefer not to say"
            error={errors.ethnicity?.message}
            {...register("ethnicity")}
          />
        </div>
        <fieldset className="mt-3" disabled={!consent}>
          <legend className="text-sm text-slate-800">As a mentee, I would like my mentor to share my</legend>
          <div className="mt-1 flex flex-wrap gap-4 text-sm">
            {diversityAttributes.map((attribute) => (
              <label key={attribute} className="flex items-center gap-2 text-slate-800">
                <input
                  type="checkbox"
                  value={attribute}
                  className="h-4 w-4 rounded border-slate-300 text-brand-600"
                  {...register("diversityPreferences")}
                />
                {diversityAttributeLabels[attribute]}
              </label>
            ))}
          </div>
          <p className="mt-1 text-xs text-slate-500">
            Only where your programme uses diversity preferences. Nobody is told which preference was met.
          </p>
        </fieldset>
      </fieldset>
      <div className="flex justify-end">
        <Button type="submit" disabled={isSubmitting || !isDirty}>
          {isSubmitting ? "Saving…" : "Save profile"}
        </Button>
      </div>
    </form>
  );
}
