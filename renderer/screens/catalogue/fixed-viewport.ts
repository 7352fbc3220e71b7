// A fixed grid viewport for environments that lay nothing out (jsdom): tests provide it around the app.
import type { Rect } from '@tanstack/react-virtual';
import { createContext } from 'react';

export const FixedViewportContext = createContext<Rect | undefined>(undefined);
