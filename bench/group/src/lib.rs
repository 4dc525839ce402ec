//! Group scale: how long `kansrijk::model::group::summarise` takes for a
//! workshop's worth of imported answer files, and how much it allocates.
//! Natively (src/main.rs) and as wasm in the browser (`run`, exported
//! through wasm-bindgen; bench/run.mjs loads it in Chromium).
//!
//! For each group size it generates that many varied responses to the
//! built-in content (deterministic pseudo-random: mode, situation, a
//! per-respondent leaning plus noise, some "don't know", some unanswered),
//! writes each as an answer file (`answer_file::to_file`), imports them
//! again (`answer_file::from_file`, as the group view does) and then times
//! `summarise` with `std::time::Instant`: the median of `--runs` runs, after
//! one warm-up. The allocation figures come from a counting global
//! allocator: the peak of live heap bytes above the level before the call,
//! and the bytes and number of allocations the call requested in total.
//! Native code on this machine's CPU, not the browser's wasm: the wasm
//! build in the browser is typically 1.5-3x slower than this.

use kansrijk::model::answer::{Agreement, Answer, Status};
use kansrijk::model::answer_file::{from_file, to_file};
use kansrijk::model::code::Shared;
use kansrijk::model::content::{Content, Scale};
use kansrijk::model::evaluation::Evaluation;
use kansrijk::model::first_steps::first_steps_for;
use kansrijk::model::group::{summarise, Member};
use kansrijk::model::model_fit::ModelFit;
use kansrijk::model::must_change::must_change;
use kansrijk::model::recommendation::recommendations;
use kansrijk::model::response::{Mode, Response};
use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// Milliseconds on a monotonic clock: `Instant` natively, the page's
/// `performance.now()` in the browser (wasm32 has no `Instant`).
#[cfg(not(target_arch = "wasm32"))]
pub fn now_ms() -> f64 {
    use std::sync::OnceLock;
    use std::time::Instant;
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs_f64() * 1000.0
}

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = performance, js_name = now)]
        pub fn now() -> f64;
    }

    /// Runs the group benchmark in the browser; `sizes` like "50,500".
    /// Returns the same JSON document as the native `--json`.
    #[wasm_bindgen]
    pub fn run(sizes: &str, runs: usize) -> String {
        let sizes: Vec<usize> = sizes
            .split(',')
            .filter_map(|s| s.trim().parse().ok())
            .collect();
        super::report(&sizes, runs).to_string()
    }
}

#[cfg(target_arch = "wasm32")]
pub fn now_ms() -> f64 {
    web::now()
}

/// Wraps the system allocator and counts live, peak and requested bytes.
pub struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static REQUESTED: AtomicUsize = AtomicUsize::new(0);
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

fn grow(size: usize) {
    let live = LIVE.fetch_add(size, Relaxed) + size;
    PEAK.fetch_max(live, Relaxed);
    REQUESTED.fetch_add(size, Relaxed);
    ALLOCATIONS.fetch_add(1, Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            grow(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            grow(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        LIVE.fetch_sub(layout.size(), Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            LIVE.fetch_sub(layout.size(), Relaxed);
            grow(new_size);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// xorshift64*: small, deterministic, good enough to vary answers.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in 0..n.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// One varied respondent.
fn respondent(content: &Content, rng: &mut Rng, index: usize) -> Shared {
    let mode = if rng.chance(70) {
        Mode::Full
    } else {
        Mode::Quick
    };
    let mut response = Response::new(content, mode);
    // Each participant's device gives its response an id of its own.
    response.id = format!("{:012x}", index + 1);
    for q in &content.classification {
        if rng.chance(15) {
            continue; // left at its default
        }
        let mut chosen = vec![q.choices[rng.below(q.choices.len())].id.clone()];
        if q.multiple && rng.chance(40) {
            let other = q.choices[rng.below(q.choices.len())].id.clone();
            if !chosen.contains(&other) {
                chosen.push(other);
            }
        }
        response.classification.insert(q.id.clone(), chosen);
    }
    // Each respondent leans somewhere on the scale; answers scatter around it.
    let leaning = 1 + rng.below(5) as i32;
    let items: Vec<String> = response
        .applicable_items(content)
        .into_iter()
        .map(|i| i.id.clone())
        .collect();
    for id in items {
        if rng.chance(6) {
            continue; // unanswered
        }
        if rng.chance(12) {
            response.set(&id, Answer::DontKnow);
            continue;
        }
        let noise = rng.below(3) as i32 - 1;
        let point = (leaning + noise).clamp(1, 5) as u8;
        response.set(&id, at(content, &id, point));
    }
    Shared {
        response,
        label: Some(format!("Deelnemer {}", index + 1)),
    }
}

pub fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    }
}

pub struct Figures {
    size: usize,
    file_bytes: usize,
    import_ms: f64,
    summarise_median_ms: f64,
    summarise_min_ms: f64,
    summarise_max_ms: f64,
    peak_bytes: usize,
    requested_bytes: usize,
    allocations: usize,
    disagreements: usize,
    flags: usize,
    verdict: String,
}

/// `size` varied answer files, the same ones every time for a given size.
pub fn answer_files(content: &Content, size: usize) -> Vec<String> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ size as u64);
    (0..size)
        .map(|i| to_file(&respondent(content, &mut rng, i)))
        .collect()
}

pub fn measure(content: &Content, size: usize, runs: usize) -> Figures {
    let files = answer_files(content, size);
    let file_bytes = files.iter().map(String::len).sum();

    let import = || -> Vec<Member> {
        files
            .iter()
            .map(|f| {
                let (shared, _) =
                    from_file(content, f.as_bytes()).expect("a generated answer file imports");
                Member {
                    label: shared.label.unwrap_or_default(),
                    response: shared.response,
                }
            })
            .collect()
    };
    let mut import_times: Vec<f64> = (0..runs.min(5))
        .map(|_| {
            let t = now_ms();
            black_box(import());
            now_ms() - t
        })
        .collect();
    let members = import();

    // Warm-up, then the timed runs.
    let summary = summarise(content, &members).expect("a non-empty group summarises");
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = now_ms();
            black_box(summarise(black_box(content), black_box(&members)));
            now_ms() - t
        })
        .collect();

    // One more run under the counting allocator's eye.
    let before = LIVE.load(Relaxed);
    PEAK.store(before, Relaxed);
    let requested_before = REQUESTED.load(Relaxed);
    let allocations_before = ALLOCATIONS.load(Relaxed);
    let result = summarise(content, &members);
    let peak_bytes = PEAK.load(Relaxed) - before;
    let requested_bytes = REQUESTED.load(Relaxed) - requested_before;
    let allocations = ALLOCATIONS.load(Relaxed) - allocations_before;
    drop(black_box(result));

    let min = times.iter().copied().fold(f64::MAX, f64::min);
    let max = times.iter().copied().fold(f64::MIN, f64::max);
    Figures {
        size,
        file_bytes,
        import_ms: median(&mut import_times),
        summarise_median_ms: median(&mut times),
        summarise_min_ms: min,
        summarise_max_ms: max,
        peak_bytes,
        requested_bytes,
        allocations,
        disagreements: summary.disagreements.len(),
        flags: summary.flags.len(),
        verdict: serde_json::to_string(&summary.verdict.outcome).unwrap_or_default(),
    }
}

/// The answers the browser driver (bench/lib/apps.mjs) gives, in turn.
const DRIVER_ANSWERS: [Option<u8>; 10] = [
    Some(4),
    Some(3),
    Some(5),
    Some(4),
    Some(2),
    None,
    Some(4),
    Some(5),
    Some(3),
    Some(1),
];

/// The answer at `point` (1-5) on the item's own scale: the point itself on
/// the agreement scale; on a status question 1-2 absent, 3 not yet, 4-5 in
/// place, as the e2e page object answers it.
fn at(content: &Content, item: &str, point: u8) -> Answer {
    match content.item(item).map(|i| i.scale) {
        Some(Scale::Status) => Answer::Status(match point {
            1 | 2 => Status::Absent,
            3 => Status::NotYet,
            _ => Status::InPlace,
        }),
        _ => Answer::Agreement(Agreement::new(point).expect("1..=5")),
    }
}

/// The response the browser driver ends with: every situation question at
/// its first choice, every asked statement answered from DRIVER_ANSWERS.
fn driver_response(content: &Content, mode: Mode) -> Response {
    let mut response = Response::new(content, mode);
    for q in &content.classification {
        response
            .classification
            .insert(q.id.clone(), vec![q.choices[0].id.clone()]);
    }
    let items: Vec<String> = response
        .applicable_items(content)
        .into_iter()
        .map(|i| i.id.clone())
        .collect();
    for (n, id) in items.iter().enumerate() {
        let answer = match DRIVER_ANSWERS[n % DRIVER_ANSWERS.len()] {
            Some(p) => at(content, id, p),
            None => Answer::DontKnow,
        };
        response.set(id, answer);
    }
    response
}

/// Median time (ms) of `f` over `runs` runs, after one warm-up.
fn time_ms<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    black_box(f());
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = now_ms();
            black_box(f());
            now_ms() - t
        })
        .collect();
    median(&mut times)
}

/// What the result screen asks of the model for the driver's responses.
pub fn result_work(content: &Content, runs: usize) -> serde_json::Value {
    let rows: Vec<serde_json::Value> = [Mode::Quick, Mode::Full]
        .into_iter()
        .map(|mode| {
            let r = driver_response(content, mode);
            let evaluation = Evaluation::of(content, &r);
            let plan = must_change(content, &r);
            serde_json::json!({
                "mode": if mode == Mode::Quick { "quick" } else { "full" },
                "statements": r.answers.len(),
                "verdict": evaluation.verdict.outcome,
                "must_change_items": plan.as_ref().map(|p| p.changes.len()),
                "evaluation_ms": time_ms(runs, || Evaluation::of(content, &r)),
                "must_change_ms": time_ms(runs, || must_change(content, &r)),
                "first_steps_ms": time_ms(runs, || first_steps_for(content, &r)),
                "recommendations_ms": time_ms(runs, || recommendations(content, &r)),
                "model_fit_ms": time_ms(runs, || ModelFit::of(content, &r.classification)),
            })
        })
        .collect();
    serde_json::Value::Array(rows)
}

/// Every figure, as one JSON document.
pub fn report(sizes: &[usize], runs: usize) -> serde_json::Value {
    let content = Content::builtin().expect("the built-in content reads");
    let results: Vec<Figures> = sizes.iter().map(|&n| measure(&content, n, runs)).collect();
    let rows: Vec<serde_json::Value> = results
        .iter()
        .map(|f| {
            serde_json::json!({
                "respondents": f.size,
                "answer_file_bytes": f.file_bytes,
                "import_ms_median": f.import_ms,
                "summarise_ms_median": f.summarise_median_ms,
                "summarise_ms_min": f.summarise_min_ms,
                "summarise_ms_max": f.summarise_max_ms,
                "runs": runs,
                "peak_alloc_bytes": f.peak_bytes,
                "requested_bytes": f.requested_bytes,
                "allocations": f.allocations,
                "disagreements": f.disagreements,
                "flags": f.flags,
                "verdict": serde_json::from_str::<serde_json::Value>(&f.verdict).unwrap_or_default(),
            })
        })
        .collect();
    serde_json::json!({
        "content_version": content.version,
        "items": content.items.len(),
        "groups": rows,
        "result": result_work(&content, runs),
    })
}
