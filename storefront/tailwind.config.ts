import type { Config } from "tailwindcss"

export default {
  content: ["./src/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        ink: { DEFAULT: "#1f1b2e", soft: "#4a4560" },
        amethyst: { 50: "#f6f3fb", 100: "#ebe4f6", 600: "#6b4fa0", 700: "#573d86", 800: "#44306a" },
        sand: { 50: "#fbf8f3", 100: "#f4eee4" },
      },
      fontFamily: {
        serif: ["Georgia", "Cambria", "Times New Roman", "serif"],
      },
    },
  },
  plugins: [],
} satisfies Config
