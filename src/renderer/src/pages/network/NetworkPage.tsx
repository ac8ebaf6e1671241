// The network drawing: every person and tie; size by influence (once scores exist) or any score,
// colour by role, community or quadrant; names by level of detail; filters, a time window and
// channels; ego focus and "how do I reach X?"; force-directed, rings (ego networks), concentric and
// community layouts; PNG/SVG export. Data changes are diffed into the drawing, never rebuilt, and
// newcomers are placed near their ties without moving anyone else.
import type { Core, CytoscapeOptions } from 'cytoscape';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, ROLES, type Channel, type GraphQuery, type GraphView, type NetworkInfo, type Role } from '../../../../shared/domain';
import { QUADRANT_NAMES, RANKABLE_SCORES, type PersonScores, type QuadrantName } from '../../../../shared/scores';
import { useClient } from '../../api/context';
import { useCommunities } from '../../communities';
import { restyle, sizeValue, type ColourBy, type SizeBy } from './appearance';
import { loadCytoscape } from './cytoscape-loader';
import { takeEarlyGraph } from './early-graph';
import { syncElements, toElements } from './elements';
import { exportPng, exportSvg } from './export';
import { applyFilter, isFiltering, NO_FILTER, type NodeFilter } from './filters';
import { clearFocus, focusOn, showPath } from './focus';
import { isEgoNetwork } from './ego-layout';
import { chooseLabels, estimateWidth, LABEL_PX, type LabelCandidate, type MeasureText } from './labels';
import { communityLayout, concentricLayout, egoPeople, egoTies, forceLayout, LayoutAborted, placeNewcomers, ringsLayout, type LayoutKind } from './layouts';
import { rankMatches } from './search';
import { Legend } from './Legend';
import { pictureOf } from './picture';
import { paintPicture } from './picture-paint';
import { LEAN_STYLE_TIES, networkLook, networkStyle } from './style';
import { TimeWindow, type Window } from './TimeWindow';
import { fittedViewport, fitToPeople } from './viewport';
import type { ReachPath } from '../../../../shared/scores';
import { partnersSize } from './appearance';
import { isAudienceNode, withAudience } from './audience-nodes';
import type { AudienceGraph } from '../../../../shared/audience';

declare global {
  interface Window {
    /** The live Cytoscape instance, for the e2e suite and for debugging from the console. */
    __maillageCy?: Core;
  }
}

/** Above this many people + ties the renderer options for large networks apply (renderingOptions). */
const LARGE = 3000;
const MIN_ZOOM = 0.05;
const MAX_ZOOM = 4;
const styleKey = (dark: boolean, lean: boolean) => `${dark ? 'dark' : 'light'} ${lean ? 'lean' : 'full'}`;

/** The picture of the network shown while Cytoscape is built (picture.ts): "pending" until the
 * drawing starts, "shown", then "replaced" once Cytoscape has drawn; "none" when there was nothing
 * to picture (no saved positions yet). Mirrored in data-picture. */
type PictureState = 'pending' | 'shown' | 'replaced' | 'none';

/** Runs `task` once the browser has painted the current frame (a timer queued from an animation
 * frame runs after that frame is on screen); returns a cancel. */
function afterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** Which GL the browser really has: WebGL on a software rasteriser (SwiftShader, llvmpipe) is
 * slower than the canvas renderer. Measured in headless Chromium without a GPU on 5,000 people /
 * 20,000 ties with the lean style (style.ts), plain Cytoscape on the bench's peer page: first paint
 * 8.9 s with webgl: true against 6.3 s on canvas, and 0.42 against 1.46 frames a second while code
 * pans and zooms. */
function hardwareWebgl(): boolean {
  // Asked once: creating the probe's GL context took 24 ms of each opening.
  hasHardwareWebgl ??= probeWebgl();
  return hasHardwareWebgl;
}
let hasHardwareWebgl: boolean | undefined;

function probeWebgl(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    return !/swiftshader|llvmpipe|softpipe|software/i.test(renderer);
  } catch {
    return false;
  }
}

/** Label widths measured in the font Cytoscape writes them in (its default family), cached. */
function textMeasurer(): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateWidth;
  const widths = new Map<string, number>();
  return (text, bold) => {
    const key = `${bold ? 'b' : ''}${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      context.font = `${bold ? 'bold ' : ''}${LABEL_PX}px "Helvetica Neue", Helvetica, sans-serif`;
      w = context.measureText(text).width;
      widths.set(key, w);
    }
    return w;
  };
}
let measureLabel: MeasureText | undefined;

/** Large networks: WebGL where there is a GPU. Otherwise the canvas renderer, which during a drag
 * or wheel gesture moves a texture of the view (textureOnViewport) made without the ties
 * (hideEdgesOnViewport; the ties come back when the gesture ends). bench/render.bench.ts, 5,000
 * people / 20,000 ties: 30 frames a second during gestures with the ties left out of the texture,
 * 22 with them in it (drawing 20,000 ties into a texture at twice the resolution each time a
 * gesture starts), 1.2–1.9 for plain Cytoscape. pixelRatio 1: a quarter of the pixels to rasterise on
 * a high-density screen. */
function renderingOptions(elements: number): Record<string, unknown> {
  if (elements <= LARGE) return {};
  if (hardwareWebgl()) return { webgl: true };
  return { textureOnViewport: true, hideEdgesOnViewport: true, motionBlur: false, pixelRatio: 1 };
}

interface Props {
  selected: number | null;
  onSelectPerson: (id: number | null) => void;
  dark: boolean;
  info: NetworkInfo | null;
}

export function NetworkPage({ selected, onSelectPerson, dark, info }: Props) {
  const { t } = useTranslation();
  const { name: communityName } = useCommunities();
  const client = useClient();
  const container = useRef<HTMLDivElement>(null);
  const pictureCanvas = useRef<HTMLCanvasElement>(null);
  const cyRef = useRef<Core | null>(null);
  /** Which stylesheet the drawing has (see styleKey). */
  const appliedStyle = useRef('');
  const [view, setView] = useState<GraphView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState<GraphQuery>({});
  const [scores, setScores] = useState<Map<number, PersonScores>>(new Map());
  /** What the user picked; until then people are sized by influence once scores exist. */
  const [chosenSize, setSizeBy] = useState<SizeBy | null>(null);
  const sizeBy: SizeBy = chosenSize ?? (scores.size > 0 ? 'influence' : 'partners');
  const [colourBy, setColourBy] = useState<ColourBy>('role');
  const ego = useMemo(() => (view ? isEgoNetwork(egoPeople(view), egoTies(view)) : false), [view]);
  /** What the user picked; until then rings for an ego network, force-directed otherwise. */
  const [chosenLayout, setLayoutKind] = useState<LayoutKind | null>(null);
  const layoutKind: LayoutKind = chosenLayout ?? (ego ? 'rings' : 'force');
  /** Stops a layout under way (its worker) when the view goes away or another layout starts. */
  const layoutRun = useRef<AbortController | null>(null);
  /** The full name under the pointer (names on the drawing may be cut). */
  const [hover, setHover] = useState<{ name: string; x: number; y: number } | null>(null);
  const [laying, setLaying] = useState(false);
  /** How long the last placing of people took in the layout worker (data-layout-ms, for the bench). */
  const [layoutMs, setLayoutMs] = useState<number | null>(null);
  /** The positions are applied (saved or laid out) and the view fitted: data-layout="done", the
   * signal the e2e suite and bench/render.bench.ts wait for. */
  const [placed, setPlaced] = useState(false);
  const [picture, setPicture] = useState<PictureState>('pending');
  /** Counts container resizes while the picture is shown (a banner above the view arriving after
   * the graph): the picture and the viewport Cytoscape starts from are made again at the new size. */
  const [pictureResized, setPictureResized] = useState(0);
  /** Counts the drawings created: the appearance effects below re-run when the drawing appears,
   * which can be a frame after the data (when a picture is shown first). */
  const [built, setBuilt] = useState(0);
  /** Builds the drawing; set while the picture is shown, run once the picture is on screen. */
  const pendingBuild = useRef<(() => void) | null>(null);
  /** Counts the builds asked for: new data while the picture is shown asks again (the picture
   * state stays "shown", so it alone would not run the build a second time). */
  const [buildAsked, setBuildAsked] = useState(0);
  /** Paints the picture again in the light or dark look, while it is shown. */
  const repaintPicture = useRef<((dark: boolean) => void) | null>(null);
  const [filter, setFilter] = useState<NodeFilter>(NO_FILTER);
  const [shown, setShown] = useState<{ people: number; ties: number } | null>(null);
  const [hops, setHops] = useState(0);
  const [search, setSearch] = useState('');
  const [reach, setReach] = useState('');
  const [path, setPath] = useState<ReachPath | null | undefined>(undefined);
  const [scale, setScale] = useState(2);
  /** "Show audience": the owner's followers and followings known only as such, drawn on demand. */
  const [showAudience, setShowAudience] = useState(false);
  const [audience, setAudience] = useState<AudienceGraph | null>(null);
  /** Set when the audience is turned on or off: the next drawing is fitted to show (or drop) its ring. */
  const fitAfterAudience = useRef(false);
  const accountName = useRef((id: string) => id);
  useLayoutEffect(() => {
    accountName.current = (id: string) => t('audience.account', { id });
  });

  // Data: the graph for the window and channels, and the latest scores.
  // People without a position (the first open, newcomers after an import) are placed before the
  // view is drawn — near their ties, nobody else moving — and their positions saved.
  useEffect(() => {
    let live = true;
    const placing = new AbortController();
    const complete = async (v: GraphView): Promise<GraphView> => {
      if (v.nodes.every((n) => n.x !== undefined && n.y !== undefined)) return v;
      setLaying(true);
      try {
        const partners = new Map<number, number>();
        for (const e of v.edges) {
          partners.set(e.source, (partners.get(e.source) ?? 0) + 1);
          partners.set(e.target, (partners.get(e.target) ?? 0) + 1);
        }
        const kind = isEgoNetwork(egoPeople(v), egoTies(v)) ? 'rings' : 'force';
        const { placed, ms } = await placeNewcomers(v, kind, (id) => partnersSize(partners.get(id) ?? 0), placing.signal);
        if (live) setLayoutMs(Math.round(ms));
        const at = new Map(placed.map((p) => [Number(p.id), p]));
        const people = placed.filter((p) => !isAudienceNode(p.id));
        if (people.length) void client['positions:save'](people.map((p) => ({ id: Number(p.id), x: p.x, y: p.y })));
        return { ...v, nodes: v.nodes.map((n) => (at.has(n.id) ? { ...n, x: at.get(n.id)?.x as number, y: at.get(n.id)?.y as number } : n)) };
      } finally {
        if (live) setLaying(false);
      }
    };
    const addAudience = async (v: GraphView): Promise<GraphView> => {
      if (!showAudience) return v;
      const known = await client['graph:audience']({});
      if (live) setAudience(known);
      return withAudience(v, known, accountName.current);
    };
    const load = (first = false) =>
      ((first && takeEarlyGraph(query)) || client['graph:get'](query))
        .then(complete)
        .then(addAudience)
        .then((v) => live && setView(v), (e: Error) => live && !(e instanceof LayoutAborted) && setError(e.message));
    void load(true);
    const off = client.on('network:changed', () => void load());
    return () => {
      live = false;
      placing.abort();
      off();
    };
  }, [client, query, showAudience]);

  useEffect(() => {
    let live = true;
    const load = () => client['scores:table']({}).then((rows) => live && setScores(new Map(rows.map((r) => [r.personId, r]))), () => undefined);
    void load();
    const off = client.on('scores:changed', () => void load());
    return () => {
      live = false;
      off();
    };
  }, [client]);

  const savePositions = useCallback(
    (cy: Core) => void client['positions:save'](cy.nodes().toArray().filter((n) => !isAudienceNode(n.id())).map((n) => ({ id: Number(n.id()), x: n.position('x'), y: n.position('y') }))),
    [client],
  );

  // Names by level of detail (labels.ts): chosen again when the view moves, the drawing changes
  // size, people are filtered or scores arrive; only the people whose name changes are written.
  const relabelRef = useRef<() => void>(() => undefined);
  // Kept current after each render (event handlers and effects call it with the latest scores).
  useLayoutEffect(() => {
    const rankOf = (id: string) => scores.get(Number(id))?.influence ?? cyRef.current?.getElementById(id).degree(false) ?? 0;
    relabelRef.current = () => {
      const cy = cyRef.current;
      if (!cy || cy.destroyed()) return;
      const candidates: LabelCandidate[] = [];
      cy.nodes().forEach((n) => {
        if (n.hasClass('hidden')) return;
        candidates.push({ id: n.id(), name: String(n.data('name') ?? ''), x: n.position('x'), y: n.position('y'), size: Number(n.data('size')) || 0, rank: rankOf(n.id()), isMe: n.data('isMe') === true });
      });

      measureLabel ??= textMeasurer();
      const look = networkLook(false);
      const chosen = chooseLabels(candidates, { zoom: cy.zoom(), pan: cy.pan() }, cy.width(), cy.height(), measureLabel, { marginY: look.labelMarginY, outline: look.labelOutline });
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          const label = chosen.get(n.id());
          const text = label?.text ?? '';
          if (n.data('label') !== text || (label && n.data('fontSize') !== label.fontSize)) n.data(label ? { label: text, fontSize: label.fontSize } : { label: '' });
        });
      });
    };
  });

  // Showing or hiding the audience refits the view to what is drawn.
  useEffect(() => {
    const cy = cyRef.current;
    if (!fitAfterAudience.current || !cy || cy.destroyed() || !view) return;
    fitAfterAudience.current = false;
    fitToPeople(cy);
    relabelRef.current();
  }, [view]);

  const layout = useCallback(
    async (kind: LayoutKind) => {
      const cy = cyRef.current;
      if (!cy || !view) return;
      layoutRun.current?.abort();
      const run = new AbortController();
      layoutRun.current = run;
      setLaying(true);
      try {
        const score = (id: string) => sizeValue(cy, id, scores, sizeBy === 'partners' ? 'influence' : sizeBy);
        if (kind === 'force') await forceLayout(cy, run.signal);
        else if (kind === 'rings') await ringsLayout(cy, view);
        else if (kind === 'concentric') await concentricLayout(cy, scores.size ? score : (id) => cy.getElementById(id).degree(false));
        else await communityLayout(cy, (id) => scores.get(Number(id))?.community ?? 0, score);
        if (run.signal.aborted || cy.destroyed()) return;
        fitToPeople(cy);
        relabelRef.current();
        setPlaced(true);
        savePositions(cy);
      } catch (e) {
        if (!(e instanceof LayoutAborted)) setError((e as Error).message);
      } finally {
        if (layoutRun.current === run) {
          layoutRun.current = null;
          setLaying(false);
        }
      }
    },
    [scores, sizeBy, savePositions, view],
  );

  // The drawing: created once, then kept in step by diffs. A network with saved positions is first
  // shown as a picture (picture.ts) painted in milliseconds, and Cytoscape — seconds of
  // construction, styling and first drawing on large networks without a GPU — is built once that
  // picture is on screen; it takes the picture's place when it has drawn. A layout effect: the
  // picture is painted in the same frame as the data's first render, not a frame or two later.
  useLayoutEffect(() => {
    if (!view || !container.current || view.nodes.length === 0) return;
    const existing = cyRef.current;
    if (existing) {
      syncElements(existing, view);
      restyle(existing, scores, sizeBy, colourBy);
      setShown(applyFilter(existing, filter, scores));
      relabelRef.current();
      return;
    }
    const box = container.current.getBoundingClientRect();
    const elements = toElements(view);
    const ranks = new Map<number, number>();
    for (const e of view.edges) {
      ranks.set(e.source, (ranks.get(e.source) ?? 0) + 1);
      ranks.set(e.target, (ranks.get(e.target) ?? 0) + 1);
    }
    const lean = view.edges.length > LEAN_STYLE_TIES;
    // Saved positions: the view is fitted from them here, so Cytoscape never runs a fit.
    const positioned = view.nodes.every((n) => n.x !== undefined && n.y !== undefined);
    const placedAt = positioned
      ? fittedViewport(
          elements.filter((e) => e.group === 'nodes').map((e) => ({ x: e.position?.x ?? 0, y: e.position?.y ?? 0, size: Number(e.data['size']) })),
          box.width, box.height, 30, MIN_ZOOM, MAX_ZOOM,
        )
      : null;
    // The names for that view, so that the picture and Cytoscape's first drawing show the same ones.
    if (placedAt) {
      const chosen = chooseLabels(
        elements.filter((e) => e.group === 'nodes').map((e) => {
          const id = String(e.data['id']);
          return { id, name: String(e.data['name']), x: e.position?.x ?? 0, y: e.position?.y ?? 0, size: Number(e.data['size']), rank: scores.get(Number(id))?.influence ?? ranks.get(Number(id)) ?? 0, isMe: e.data['isMe'] === true };
        }),
        placedAt, box.width, box.height, (measureLabel ??= textMeasurer()),
        { marginY: networkLook(dark, lean).labelMarginY, outline: networkLook(dark, lean).labelOutline },
      );
      for (const e of elements) {
        const label = e.group === 'nodes' ? chosen.get(String(e.data['id'])) : undefined;
        if (label) Object.assign(e.data, { label: label.text, fontSize: label.fontSize });
      }
    }
    const rendering = renderingOptions(view.nodes.length + view.edges.length);
    let live = true;
    const create = async (onDrawn?: () => void) => {
      const cytoscape = await loadCytoscape();
      if (!live || !container.current || cyRef.current) return;
      const cy = cytoscape({
        container: container.current,
        elements,
        style: networkStyle(dark, lean),
        layout: { name: 'preset', fit: false },
        minZoom: MIN_ZOOM,
        maxZoom: MAX_ZOOM,
        wheelSensitivity: 0.3,
        ...(placedAt ?? {}),
        ...rendering,
      } as CytoscapeOptions);
      appliedStyle.current = styleKey(dark, lean);
      cyRef.current = cy;
      window.__maillageCy = cy;
      cy.on('tap', 'node', (event) => onSelectPerson(isAudienceNode(event.target.id()) ? null : Number(event.target.id())));
      cy.on('tap', (event) => {
        if (event.target === cy) onSelectPerson(null);
      });
      cy.on('mouseover', 'node', (event) => {
        const at = event.target.renderedPosition() as { x: number; y: number };
        setHover({ name: String(event.target.data('name') ?? ''), x: at.x, y: at.y + (Number(event.target.data('size')) * cy.zoom()) / 2 });
      });
      cy.on('mouseout', 'node', () => setHover(null));
      // Names follow the zoom once the view settles (not on every frame of a gesture).
      let settle: ReturnType<typeof setTimeout> | undefined;
      cy.on('viewport', () => {
        setHover(null);
        clearTimeout(settle);
        settle = setTimeout(() => relabelRef.current(), 120);
      });
      cy.on('destroy', () => clearTimeout(settle));
      if (onDrawn) cy.one('render', onDrawn);
      setBuilt((n) => n + 1);
      // Every person has a position here (the loader placed the newcomers).
      const now = container.current.getBoundingClientRect();
      if (!placedAt || Math.round(now.width) !== Math.round(box.width) || Math.round(now.height) !== Math.round(box.height)) {
        // No saved view, or the container changed size while Cytoscape was built (the resize
        // observer only refits a drawing that exists): fitted to the container as it is now.
        fitToPeople(cy);
        relabelRef.current();
      }
      setPlaced(positioned);
    };
    const canvas = pictureCanvas.current;
    if (!placedAt || !canvas) {
      setPicture('none');
      void create();
      return () => {
        live = false;
      };
    }
    // Cytoscape's pixel ratio (1 on large networks, see renderingOptions) decides which labels it
    // draws; the picture itself is painted at the screen's density.
    const screenRatio = window.devicePixelRatio || 1;
    const cyRatio = typeof rendering['pixelRatio'] === 'number' ? rendering['pixelRatio'] : screenRatio;
    const focused = selected === null ? null : String(selected);
    let paintedDark = dark;
    const paint = (darkLook: boolean) => {
      paintedDark = darkLook;
      // Which look the picture has, for the e2e suite (the theme may change while it is shown).
      canvas.dataset['look'] = darkLook ? 'dark' : 'light';
      // Its size, for the e2e suite: painted again when the container changes before the hand-over.
      canvas.dataset['size'] = `${Math.round(box.width)}x${Math.round(box.height)}`;
      paintPicture(canvas, pictureOf(elements, placedAt, networkLook(darkLook, lean), cyRatio, focused), box.width, box.height, screenRatio);
    };
    paint(dark);
    repaintPicture.current = (darkLook) => {
      if (darkLook !== paintedDark) paint(darkLook);
    };
    pendingBuild.current = () => void create(() => setPicture('replaced'));
    setPicture('shown');
    setBuildAsked((n) => n + 1);
    return () => {
      live = false;
      pendingBuild.current = null; // new data before the drawing was built: pictured and built anew
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- appearance effects below handle the rest
  }, [view, pictureResized]);

  // The theme can arrive after the graph (the preferences and the graph are asked for at once):
  // a picture painted in the system's look is painted again in the chosen one.
  useLayoutEffect(() => {
    if (picture === 'shown') repaintPicture.current?.(dark);
    else repaintPicture.current = null;
  }, [dark, picture]);

  // Cytoscape blocks the page for seconds while it is built: only once the picture and the
  // "preparing" notice are on screen (committed, then painted).
  useEffect(() => {
    if (picture !== 'shown') return;
    return afterPaint(() => {
      const build = pendingBuild.current;
      pendingBuild.current = null;
      build?.();
    });
  }, [picture, buildAsked]);

  // The drawing follows its container: a toolbar that wraps onto more lines, a panel that opens,
  // a window resized — refitted, so that no part of the network is cut off.
  useEffect(() => {
    const box = container.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    let last = `${box.clientWidth}x${box.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const size = `${box.clientWidth}x${box.clientHeight}`;
      if (size === last) return;
      last = size;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const cy = cyRef.current;
        if (!cy || cy.destroyed()) {
          // Not built yet: a picture on screen was fitted to the old size, and so is the viewport
          // Cytoscape would start from; both are made again (a build under way is dropped).
          if (repaintPicture.current) setPictureResized((n) => n + 1);
          return;
        }
        cy.resize();
        fitToPeople(cy);
        relabelRef.current();
      });
    });
    observer.observe(box);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [view !== null && view.nodes.length > 0]); // eslint-disable-line react-hooks/exhaustive-deps -- the container exists once there is something to draw

  useEffect(
    () => () => {
      layoutRun.current?.abort();
      cyRef.current?.stop(true, true);
      cyRef.current?.destroy();
      cyRef.current = null;
      window.__maillageCy = undefined;
    },
    [],
  );

  // The stylesheet follows the theme and the number of ties shown; restyling every element is
  // costly on large networks, so only when one of them really changed.
  const lean = view ? view.edges.length > LEAN_STYLE_TIES : false;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || appliedStyle.current === styleKey(dark, lean)) return;
    appliedStyle.current = styleKey(dark, lean);
    cy.style(networkStyle(dark, lean));
  }, [dark, lean]);

  useEffect(() => {
    if (!cyRef.current) return;
    restyle(cyRef.current, scores, sizeBy, colourBy);
    relabelRef.current();
  }, [scores, sizeBy, colourBy, built]);

  useEffect(() => {
    if (!cyRef.current) return;
    setShown(applyFilter(cyRef.current, filter, scores));
    relabelRef.current();
  }, [filter, scores, built]);

  // Focus: the selected person's neighbourhood, or the path found.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || path) return;
    if (selected !== null && hops > 0) focusOn(cy, String(selected), hops);
    else clearFocus(cy);
    cy.$(':selected').unselect();
    if (selected !== null) cy.getElementById(String(selected)).select();
  }, [selected, hops, path, view, filter, built]);

  const me = view?.nodes.find((n) => n.isMe);
  // Relevance, then influence (partners before scores exist): search.ts.
  const matches = (text: string) => {
    if (!view) return [];
    const degree = new Map<number, number>(view.nodes.map((n) => [n.id, n.inDegree + n.outDegree]));
    return rankMatches(view.nodes, text, (id) => scores.get(id)?.influence ?? degree.get(id) ?? 0);
  };
  const found = useMemo(() => matches(search), [search, view, scores]); // eslint-disable-line react-hooks/exhaustive-deps
  const reachable = useMemo(() => matches(reach), [reach, view, scores]); // eslint-disable-line react-hooks/exhaustive-deps

  const flyTo = (id: number) => {
    const cy = cyRef.current;
    const node = cy?.getElementById(String(id));
    if (!cy || !node || node.empty()) return;
    cy.stop(true, true);
    cy.animate({ center: { eles: node }, zoom: 1.6 }, { duration: 400, complete: () => relabelRef.current() });
    onSelectPerson(id);
    setSearch('');
  };

  // The chain comes from the main process: one rule for the introducer, shared with My network
  // (src/main/core/introducer.ts), over the ties drawn for this window and the people shown.
  const findPath = (target: number) => {
    const cy = cyRef.current;
    const from = selected !== null && selected !== target ? selected : me?.id;
    setReach('');
    if (!cy || from === undefined) return;
    const among = cy.nodes().filter((n) => !n.hasClass('hidden')).map((n) => Number(n.id()));
    client['reach:path']({ from, to: target, query, among }).then(
      (found) => {
        const live = cyRef.current;
        if (!live || live.destroyed()) return;
        setPath(found);
        if (found) {
          showPath(live, found.people.map((p) => String(p.personId)));
          live.stop(true, true);
          live.animate({ fit: { eles: live.elements('.path'), padding: 80 } }, { duration: 400, complete: () => relabelRef.current() });
        }
      },
      (e: Error) => setError(e.message),
    );
  };
  const clearPath = () => {
    setPath(undefined);
    if (cyRef.current) clearFocus(cyRef.current);
  };

  const changeWindow = (w: Window) => {
    const next = { ...w, ...(query.channels ? { channels: query.channels } : {}) };
    setQuery(next);
    // The scores follow the window: a run over the same window (stored, so it can be compared).
    if (scores.size) void client['scores:run'](next);
  };
  const toggleChannel = (channel: Channel) => {
    const current = query.channels ?? [...CHANNELS];
    const next = current.includes(channel) ? current.filter((c) => c !== channel) : [...current, channel];
    const { channels: _drop, ...rest } = query;
    setQuery(next.length === CHANNELS.length || next.length === 0 ? rest : { ...rest, channels: next });
  };

  if (error) return <div className="notice error" role="alert">{t('errors.failed', { message: error })}</div>;
  if (!view) return <div className="notice" role="status">{laying ? t('networkView.placing') : t('network.loading')}</div>;
  if (view.nodes.length === 0) return <div className="notice empty-state">{t('network.empty')}</div>;
  const people = view.nodes.filter((n) => !isAudienceNode(n.id)).length;
  const ties = view.edges.filter((e) => !isAudienceNode(e.source) && !isAudienceNode(e.target));
  const reciprocal = ties.filter((e) => e.reciprocal).length;
  const background = dark ? '#151517' : '#ffffff';
  const communities = [...new Set([...scores.values()].map((s) => s.community))].sort((a, b) => a - b);

  return (
    <div className="network-page">
      <div className="network-toolbar">
        <div className="search">
          <input
            type="search"
            aria-label={t('network.search')}
            placeholder={t('network.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && found[0]) flyTo(found[0].id);
            }}
          />
          {found.length > 0 && (
            <ul className="search-results" role="listbox">
              {found.map((n) => (
                <li key={n.id}>
                  <button type="button" onClick={() => flyTo(n.id)}>
                    {n.name}
                    {n.organisation ? <span className="muted"> · {n.organisation}</span> : null}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <span className="stat" data-testid="network-stats">
          {t('network.people', { count: people })} · {t('network.ties', { count: ties.length })} · {t('network.reciprocal', { count: reciprocal })}
          {shown && isFiltering(filter) ? ` · ${t('network.shown', { people: t('counts.people', { count: shown.people }), ties: t('counts.ties', { count: shown.ties }) })}` : ''}
        </span>
        <label className="pref">
          <span className="muted">{t('scores.sizeBy')}</span>
          <select aria-label={t('scores.sizeBy')} value={sizeBy} onChange={(e) => setSizeBy(e.target.value as SizeBy)}>
            <option value="partners">{t('scores.names.partners')}</option>
            {scores.size > 0 && RANKABLE_SCORES.map((s) => <option key={s} value={s}>{t(`scores.names.${s}`)}</option>)}
          </select>
        </label>
        <label className="pref">
          <span className="muted">{t('scores.colourBy')}</span>
          <select aria-label={t('scores.colourBy')} value={colourBy} onChange={(e) => setColourBy(e.target.value as ColourBy)}>
            <option value="role">{t('scores.role')}</option>
            {scores.size > 0 && <option value="community">{t('scores.communityColour')}</option>}
            {scores.size > 0 && <option value="quadrant">{t('scores.quadrant')}</option>}
          </select>
        </label>
        <label className="pref">
          <span className="muted">{t('network.layout')}</span>
          <select aria-label={t('network.layout')} value={layoutKind} onChange={(e) => setLayoutKind(e.target.value as LayoutKind)}>
            <option value="force">{t('network.layouts.force')}</option>
            <option value="rings">{t('networkView.rings')}</option>
            <option value="concentric">{t('network.layouts.concentric')}</option>
            <option value="communities" disabled={scores.size === 0}>{t('network.layouts.communities')}</option>
          </select>
        </label>
        <button type="button" onClick={() => void layout(layoutKind)} disabled={laying}>{laying ? t('network.laying') : t('network.relayout')}</button>
        <button type="button" onClick={() => cyRef.current && fitToPeople(cyRef.current)}>{t('network.fit')}</button>
      </div>
      <div className="network-toolbar secondary">
        <select aria-label={t('rankings.role')} value={filter.role} onChange={(e) => setFilter({ ...filter, role: e.target.value as Role | '' })}>
          <option value="">{t('rankings.allRoles')}</option>
          {ROLES.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
        </select>
        {scores.size > 0 && (
          <>
            <select aria-label={t('scores.communityColour')} value={filter.community} onChange={(e) => setFilter({ ...filter, community: e.target.value === '' ? '' : Number(e.target.value) })}>
              <option value="">{t('network.allCommunities')}</option>
              {communities.map((c) => <option key={c} value={c}>{communityName(c)}</option>)}
            </select>
            <select aria-label={t('scores.quadrant')} value={filter.quadrant} onChange={(e) => setFilter({ ...filter, quadrant: e.target.value as QuadrantName | '' })}>
              <option value="">{t('network.allQuadrants')}</option>
              {QUADRANT_NAMES.map((q) => <option key={q} value={q}>{t(`scores.quadrants.${q}`)}</option>)}
            </select>
            <label className="pref">
              <span className="muted">{t('network.minInfluence')}</span>
              <input type="range" aria-label={t('network.minInfluence')} min={0} max={100} step={5} value={filter.minInfluence} onChange={(e) => setFilter({ ...filter, minInfluence: Number(e.target.value) })} />
              <span>{filter.minInfluence}</span>
            </label>
          </>
        )}
        <input type="search" className="narrow" aria-label={t('network.organisation')} placeholder={t('network.organisation')} value={filter.organisation} onChange={(e) => setFilter({ ...filter, organisation: e.target.value })} />
        <label className="pref">
          <span className="muted">{t('network.minStrength')}</span>
          <input type="range" aria-label={t('network.minStrength')} min={0} max={5} step={0.25} value={filter.minStrength} onChange={(e) => setFilter({ ...filter, minStrength: Number(e.target.value) })} />
          <span>{filter.minStrength}</span>
        </label>
        <span className="channels" role="group" aria-label={t('network.channels')}>
          {CHANNELS.map((c) => (
            <label key={c}>
              <input type="checkbox" checked={!query.channels || query.channels.includes(c)} onChange={() => toggleChannel(c)} />
              {t(`network.channel.${c}`)}
            </label>
          ))}
        </span>
        {info && <TimeWindow span={info.interactionSpan} onChange={changeWindow} />}
        <label className="pref" title={t('audience.network.hint')}>
          <input
            type="checkbox"
            checked={showAudience}
            onChange={(e) => {
              fitAfterAudience.current = true;
              setShowAudience(e.target.checked);
            }}
          />
          {t('audience.network.show')}
        </label>
        {showAudience && audience && (
          <span className="muted" data-testid="audience-shown">
            {audience.total === 0 ? t('audience.network.none') : t('audience.network.shown', { shown: audience.accounts.length, total: audience.total })}
          </span>
        )}
        {isFiltering(filter) && <button type="button" onClick={() => setFilter(NO_FILTER)}>{t('network.clearFilters')}</button>}
      </div>
      <div className="network-toolbar secondary">
        <label className="pref">
          <span className="muted">{t('network.focus')}</span>
          <select aria-label={t('network.focus')} value={hops} onChange={(e) => setHops(Number(e.target.value))}>
            <option value={0}>{t('network.focusOff')}</option>
            {[1, 2, 3].map((k) => <option key={k} value={k}>{t('network.hops', { count: k })}</option>)}
          </select>
        </label>
        <div className="search">
          <input
            type="search"
            aria-label={t('network.reach')}
            placeholder={t('network.reach')}
            value={reach}
            onChange={(e) => setReach(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && reachable[0]) findPath(reachable[0].id);
            }}
          />
          {reachable.length > 0 && (
            <ul className="search-results" role="listbox">
              {reachable.map((n) => (
                <li key={n.id}>
                  <button type="button" onClick={() => findPath(n.id)}>{n.name}</button>
                </li>
              ))}
            </ul>
          )}
        </div>
        {path !== undefined && (
          <span className="path" data-testid="path">
            {path === null ? t('network.noPath') : `${path.people.map((p) => p.name).join(' → ')} (${t('network.hops', { count: path.people.length - 1 })})`}{' '}
            {path && path.people.length > 2 && <span className="muted" data-testid="introducer-rule">{t('networkView.introducerRule')} </span>}
            <button type="button" onClick={clearPath}>{t('person.close')}</button>
          </span>
        )}
        <span className="spacer" />
        <label className="pref">
          <span className="muted">{t('network.scale')}</span>
          <select aria-label={t('network.scale')} value={scale} onChange={(e) => setScale(Number(e.target.value))}>
            {[1, 2, 4].map((s) => <option key={s} value={s}>{s}×</option>)}
          </select>
        </label>
        <button type="button" onClick={() => cyRef.current && exportPng(cyRef.current, scale, background)}>PNG</button>
        <button type="button" onClick={() => cyRef.current && exportSvg(cyRef.current, scale, background)}>SVG</button>
      </div>
      <div className="network-stage">
        <div className="network-canvas" ref={container} data-testid="network-canvas" data-layout={laying ? 'running' : placed ? 'done' : 'pending'} data-picture={picture} data-ego={ego ? 'yes' : 'no'} {...(layoutMs === null ? {} : { 'data-layout-ms': layoutMs })} />
        {(picture === 'pending' || picture === 'shown') && <canvas className="network-picture" ref={pictureCanvas} data-testid="network-picture" aria-hidden="true" />}
        {picture === 'shown' && <div className="network-preparing" role="status">{t('network.preparing')}</div>}
        {hover && <div className="network-hover" data-testid="network-hover" style={{ left: hover.x, top: hover.y + 4 }}>{hover.name}</div>}
        {ego && <p className="network-note" role="note" data-testid="ego-note">{t('networkView.egoNote')}</p>}
      </div>
      <Legend sizeBy={sizeBy} colourBy={colourBy} lean={lean} />
    </div>
  );
}
