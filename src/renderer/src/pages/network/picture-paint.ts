// Paints a network's picture (picture.ts) on a plain canvas, in Cytoscape's order: ties, then each
// person with their label. Cytoscape's default label font, so that text lands where its own will.
import type { Picture } from './picture';

const FONT_FAMILY = 'Helvetica Neue, Helvetica, sans-serif';

/** Sizes `canvas` to `width` × `height` CSS pixels at `pixelRatio` and paints `picture` on it. */
export function paintPicture(canvas: HTMLCanvasElement, picture: Picture, width: number, height: number, pixelRatio: number): void {
  canvas.width = Math.round(width * pixelRatio);
  canvas.height = Math.round(height * pixelRatio);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  ctx.clearRect(0, 0, width, height);

  // Each tie on its own at the tie opacity: where ties cross they darken, as in Cytoscape.
  ctx.globalAlpha = picture.tieOpacity;
  ctx.lineCap = 'butt';
  for (const tie of picture.ties) {
    ctx.strokeStyle = tie.colour;
    ctx.lineWidth = tie.width;
    ctx.setLineDash(tie.dash ?? []);
    ctx.beginPath();
    ctx.moveTo(tie.from.x, tie.from.y);
    ctx.lineTo(tie.to.x, tie.to.y);
    ctx.stroke();
    if (tie.arrow) {
      const [tip, left, right] = tie.arrow;
      ctx.fillStyle = tie.colour;
      ctx.beginPath();
      ctx.moveTo(tip.x, tip.y);
      ctx.lineTo(left.x, left.y);
      ctx.lineTo(right.x, right.y);
      ctx.closePath();
      ctx.fill();
    }
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;

  // Each person, then their label (people drawn later cover it, as in Cytoscape). fillText draws
  // the name as glyphs: markup or URLs in a name stay text.
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.lineJoin = 'round';
  for (const person of picture.people) {
    ctx.beginPath();
    ctx.arc(person.at.x, person.at.y, person.radius, 0, 2 * Math.PI);
    ctx.fillStyle = person.colour;
    ctx.fill();
    if (person.border > 0) {
      ctx.lineWidth = person.border;
      ctx.strokeStyle = person.borderColour;
      ctx.stroke();
    }
    const { label } = person;
    if (!label) continue;
    ctx.font = `${label.bold ? 'bold ' : ''}${label.fontSize}px ${FONT_FAMILY}`;
    if (picture.labelOutline > 0) {
      ctx.lineWidth = picture.labelOutline;
      ctx.strokeStyle = picture.labelOutlineColour;
      ctx.strokeText(label.text, label.at.x, label.at.y);
    }
    ctx.fillStyle = picture.labelColour;
    ctx.fillText(label.text, label.at.x, label.at.y);
  }
}
