/** Draws an SVG on a canvas at twice its size on white, and returns it as a PNG. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The diagram could not be drawn as an image.'));
      image.src = url;
    });
    const { width, height } = svgSize(svg, image);
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** bpmn-js writes width and height on the root svg element; an image without them falls back to its natural size. */
function svgSize(svg: string, image: HTMLImageElement): { width: number; height: number } {
  const root = /<svg[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)/.exec(root)?.[1]) || image.naturalWidth || 800;
  const height = Number(/\sheight="([\d.]+)/.exec(root)?.[1]) || image.naturalHeight || 600;
  return { width, height };
}
