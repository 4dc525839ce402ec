#!/usr/bin/env node
// Builds the benchmark's peer: Kansrijk's questionnaire, generated from the
// same content files the app compiles in (content/assessment.toml,
// content/ui.toml, content/items/*.toml), rendered with SurveyJS Form Library
// (survey-core + survey-js-ui, MIT) and bundled by esbuild (minified) into a
// static page in bench/surveyjs/dist/. This is what an organisation would
// otherwise embed. Never shipped.
//
//   node bench/surveyjs/build.mjs [--out bench/surveyjs/dist]
//
// The survey: the situation questions on the first page (radiogroup, or
// checkbox where several choices may be ticked), then one page per dimension
// with its statements as a radiogroup of the five agreement points plus
// "don't know"; every text in Dutch and English (locale "nl" by default, as
// the app). On completion a small summary (mean score per dimension on the
// 0-100 scale, reversed statements reversed, "don't know" left out) is shown,
// so that "the result" costs SurveyJS some work as it costs Kansrijk.

import { readFile, readdir, mkdir, rm, writeFile, copyFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "smol-toml";
import * as esbuild from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const contentDir = path.join(repo, "content");

function argValue(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const outDir = path.resolve(argValue("--out", path.join(here, "dist")));

/** Reads the content the way build.rs does: assessment.toml, ui and items merged. */
export async function readContent() {
  const doc = parse(await readFile(path.join(contentDir, "assessment.toml"), "utf8"));
  doc.ui = parse(await readFile(path.join(contentDir, "ui.toml"), "utf8"));
  const files = (await readdir(path.join(contentDir, "items"))).filter((f) => f.endsWith(".toml")).sort();
  doc.items = [];
  for (const f of files) {
    const file = parse(await readFile(path.join(contentDir, "items", f), "utf8"));
    doc.items.push(...(file.item ?? []));
  }
  return doc;
}

// SurveyJS localisable strings: "default" is the survey's default locale.
const DEFAULT_LOCALE = "nl";
function loc(text) {
  if (text == null) return undefined;
  if (typeof text === "string") return text;
  const out = {};
  for (const [lang, value] of Object.entries(text)) out[lang === DEFAULT_LOCALE ? "default" : lang] = value;
  return out;
}

// The agreement scale, in the app's own words when content/ui.toml has them.
function scaleLabels(ui) {
  const fallback = [
    { nl: "Helemaal oneens", en: "Strongly disagree" },
    { nl: "Oneens", en: "Disagree" },
    { nl: "Neutraal", en: "Neither agree nor disagree" },
    { nl: "Eens", en: "Agree" },
    { nl: "Helemaal eens", en: "Strongly agree" },
  ];
  const keys = [
    ["answer_1", "answer_2", "answer_3", "answer_4", "answer_5"],
    ["scale_1", "scale_2", "scale_3", "scale_4", "scale_5"],
  ];
  for (const set of keys) {
    if (set.every((k) => ui[k]?.nl && ui[k]?.en)) return set.map((k) => ui[k]);
  }
  return fallback;
}
function dontKnowLabel(ui) {
  for (const k of ["answer_dont_know", "dont_know", "scale_dont_know"]) if (ui[k]?.nl && ui[k]?.en) return ui[k];
  return { nl: "Weet ik niet", en: "Don't know" };
}

/** The SurveyJS JSON of the whole questionnaire. */
export function surveyJson(content) {
  const scale = scaleLabels(content.ui);
  const choices = [
    ...scale.map((label, i) => ({ value: i + 1, text: loc(label) })),
    { value: "dont_know", text: loc(dontKnowLabel(content.ui)) },
  ];
  const situation = {
    name: "situation",
    title: loc({ nl: "Uw situatie", en: "Your situation" }),
    elements: content.classification.map((q) => ({
      type: q.multiple ? "checkbox" : "radiogroup",
      name: `q_${q.id}`,
      title: loc(q.text),
      description: loc(q.help),
      choices: q.choices.map((c) => ({ value: c.id, text: loc(c.label) })),
    })),
  };
  const dimensionPages = content.dimensions.map((d) => ({
    name: d.id,
    title: loc({ nl: `${d.code} ${d.title.nl}`, en: `${d.code} ${d.title.en}` }),
    description: loc(d.description),
    elements: content.items
      .filter((item) => item.dimension === d.id)
      .map((item) => ({
        type: "radiogroup",
        name: item.id,
        title: loc(item.text),
        choices,
      })),
  }));
  const summaryRows = content.dimensions
    .map((d) => `<tr><td>${d.code} ${d.title.nl}</td><td>{score_${d.id}}</td></tr>`)
    .join("");
  const summaryRowsEn = content.dimensions
    .map((d) => `<tr><td>${d.code} ${d.title.en}</td><td>{score_${d.id}}</td></tr>`)
    .join("");
  return {
    locale: DEFAULT_LOCALE,
    title: loc({ nl: "Kansrijk (SurveyJS)", en: "Kansrijk (SurveyJS)" }),
    showQuestionNumbers: "on",
    showProgressBar: "top",
    checkErrorsMode: "onComplete",
    pages: [situation, ...dimensionPages],
    calculatedValues: content.dimensions.map((d) => {
      const items = content.items.filter((i) => i.dimension === d.id);
      return {
        name: `score_${d.id}`,
        expression: `kscore(${items.map((i) => `{${i.id}}, ${i.reverse ? 1 : 0}`).join(", ")})`,
      };
    }),
    completedHtml: loc({
      nl: `<div data-testid="sj-result"><h3>Uitslag</h3><table>${summaryRows}</table></div>`,
      en: `<div data-testid="sj-result"><h3>Result</h3><table>${summaryRowsEn}</table></div>`,
    }),
  };
}

const ENTRY = `
import { Model, FunctionFactory } from "survey-core";
import { renderSurvey } from "survey-js-ui";
import "survey-core/i18n/dutch";
import json from "./survey.json";

// Mean score (0-100) of the answered statements: arguments come in pairs of
// (answer, reversed); "don't know" and unanswered are left out.
FunctionFactory.Instance.register("kscore", (params) => {
  let sum = 0, n = 0;
  for (let i = 0; i + 1 < params.length; i += 2) {
    const v = params[i];
    if (typeof v !== "number") continue;
    sum += (params[i + 1] ? 5 - v : v - 1) * 25;
    n++;
  }
  return n ? Math.round(sum / n) : "-";
});

const survey = new Model(json);
window.survey = survey;
renderSurvey(survey, document.getElementById("survey"));
`;

const HTML = `<!DOCTYPE html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Kansrijk (SurveyJS)</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="survey-core.fontless.min.css" />
    <script type="module" src="survey.js"></script>
  </head>
  <body>
    <div id="survey"></div>
  </body>
</html>
`;

export async function build() {
  const content = await readContent();
  const json = surveyJson(content);
  const work = path.join(here, ".gen");
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  await writeFile(path.join(work, "survey.json"), JSON.stringify(json));
  await writeFile(path.join(work, "entry.mjs"), ENTRY);

  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(work, "entry.mjs")],
    outfile: path.join(outDir, "survey.js"),
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    legalComments: "none",
    nodePaths: [path.join(here, "node_modules")],
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  });
  await copyFile(
    path.join(here, "node_modules/survey-core/survey-core.fontless.min.css"),
    path.join(outDir, "survey-core.fontless.min.css"),
  );
  await writeFile(path.join(outDir, "index.html"), HTML);
  await rm(work, { recursive: true, force: true });

  const statements = json.pages.slice(1).reduce((n, p) => n + p.elements.length, 0);
  return { outDir, pages: json.pages.length, dimensions: json.pages.length - 1, statements, situation: json.pages[0].elements.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const info = await build();
  console.log(
    `SurveyJS peer built in ${path.relative(process.cwd(), info.outDir) || "."}/: ` +
      `${info.situation} situation questions, ${info.statements} statements in ${info.dimensions} dimensions (${info.pages} pages)`,
  );
}
