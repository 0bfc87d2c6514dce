import type { ImageProps } from "next/image"
import { getImgProps } from "next/dist/shared/lib/get-img-props"
import type { ImageConfigComplete } from "next/dist/shared/lib/image-config"
import defaultLoader from "next/dist/shared/lib/image-loader"

/**
 * A picture through Next's image optimiser (srcset, sizes, lazy loading) as
 * a plain <img> worked out on the server. It calls what next/image's own
 * getImageProps calls, but not through `next/image`, whose module also holds
 * the client <Image> component and so ships it (about 5 kB gzipped) to every
 * page that imports it. Nothing about a picture needs client code here.
 */
export function ServerImage(props: ImageProps) {
  const { props: img } = getImgProps(props, {
    defaultLoader,
    // Next's build replaces this with the images settings of next.config.mjs.
    imgConf: process.env.__NEXT_IMAGE_OPTS as unknown as ImageConfigComplete,
  })
  return <img {...img} alt={props.alt} />
}
